package org.newsstream.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.ingest.DeadLetterReplayer;
import org.newsstream.schema.DeadLetter;
import org.newsstream.serde.AvroJson;
import org.newsstream.streams.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "deadletters", mixinStandardHelpOptions = true,
    description = {"List the records the pipeline could not process, or send them back.", "",
        "Every record on news.paragraphs that is not valid Avro, is empty, too long, or whose",
        "enrichment threw lands on news.deadletter with its original bytes and the reason.",
        "Once the cause is fixed, --replay sends the originals back to where they came from."},
    footer = {"", "Examples:", "  bin/newsstream deadletters                       # list, JSON lines",
        "  bin/newsstream deadletters --reason 'enrichment failed' --replay"})
final class DeadLettersCommand implements Callable<Integer> {
  @Mixin ClientOptions kafka;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "Only dead letters whose reason contains TEXT (case-insensitive).")
  String reason;

  @Option(names = "--replay",
      description = "Send the selected originals back to their source topic (the dead letters stay).")
  boolean replay;

  @Override
  public Integer call() throws InterruptedException {
    KafkaClients clients = kafka.clients();
    Topics topics = new Topics(TopicNames.defaults());
    KafkaProbe.requireTopic(clients, topics.deadLetter.name());
    DeadLetterReplayer replayer = new DeadLetterReplayer(
        topics.deadLetter, clients.consumer(null), clients.producer());
    List<DeadLetter> selected = replayer.read().stream()
        .filter(DeadLetterReplayer.reasonContains(reason)).toList();
    if (!replay) {
      selected.forEach(letter -> System.out.println(AvroJson.toJson(letter)));
      Console.progress(selected.size() + " dead letter(s)" + (reason == null ? "" : " matching"));
      return 0;
    }
    try {
      int sent = replayer.replay(selected);
      Console.progress("replayed " + sent + " record(s) to their source topics");
      long cut = selected.stream().filter(letter -> !DeadLetterReplayer.replayable(letter)).count();
      if (cut > 0) {
        Console.progress("skipped " + cut + " letter(s) whose original was too large to keep whole;"
            + " each names its source topic, partition and offset");
      }
    } catch (ExecutionException e) {
      throw new UserException("Kafka refused the replay: " + e.getCause().getMessage());
    }
    return 0;
  }
}
