package org.newsstream.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.kafka.TopicSnapshot;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.StorySummary;
import org.newsstream.serde.RecordCatalog;
import org.newsstream.streams.GroupCatchUp;
import org.newsstream.streams.PipelineTopology;
import org.newsstream.streams.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
        "Run the seed article (or FILEs) through the whole pipeline once, then exit.", "",
        "Starts an embedded Kafka broker (any free port, a temporary data folder) and the",
        "topologies, publishes the articles (default: seeds/), prints each enriched paragraph and",
        "each alert as it arrives, then shuts down and exits."},
    footer = {"", "Examples:", "  bin/newsstream demo", "  bin/newsstream demo --json my-article.txt",
        "  bin/newsstream demo --serve      # then open http://127.0.0.1:8080/"})
final class DemoCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to publish (default: seeds/*).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print records as JSON lines instead of a summary.")
  boolean json;

  @Option(names = "--timeout", defaultValue = "180s", paramLabel = "DURATION",
      description = "Give up if the pipeline has not finished by then (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--serve", description = "Keep the pipeline and the dashboard (127.0.0.1:8080, "
      + "see --http-port) up after the articles are done, until Ctrl-C.")
  boolean serve;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Article> articles = articles();
    Duration limit = DurationFlag.parse("--timeout", timeout);
    Path temp = server.dataDir == null ? TempFolders.create("newsstream-demo") : null;
    NewsstreamConfig config = server.toConfig(0, temp);
    RecordPrinter printer = new RecordPrinter(json);
    if (serve && server.noHttp) {
      throw new UserException("--serve keeps the dashboard up; it cannot go with --no-http");
    }
    // Ctrl-C while serving: the hook waits for this thread to stop the pipeline and clean up.
    CountDownLatch cleanedUp = new CountDownLatch(1);
    boolean ran = false;
    try (NewsstreamServer running = NewsstreamServer.start(config, server.toWebSettings(serve),
        () -> Enrichers.load(config.enrichmentBudget()), Console::progress)) {
      Topics topics = running.topics();
      int published = publish(running, topics, articles);
      Console.progress("published " + published + " paragraphs; waiting for enrichment and alerts");
      Outcome outcome = follow(running, topics, published, config.applicationId(),
          printer, limit);
      Console.progress(String.format("done: %d enriched, %d dead letters, %d alerts",
          outcome.enriched, outcome.deadLetters, outcome.alerts));
      printer.printStories(topics.stories.name(),
          AlertsByStory.group(stories(running, topics), outcome.alertRecords));
      if (serve) {
        serveUntilStopped(running, cleanedUp);
      }
      ran = true;
      return outcome.enriched + outcome.deadLetters == published ? 0 : 1;
    } finally {
      TempFolders.deleteOrKeep(temp, ran);
      cleanedUp.countDown();
    }
  }

  private static void serveUntilStopped(NewsstreamServer running, CountDownLatch cleanedUp)
      throws InterruptedException {
    CountDownLatch stopRequested = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Console.progress("stopping…");
      stopRequested.countDown();
      try {
        cleanedUp.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsstream-demo-shutdown"));
    Console.progress("serving: dashboard at " + running.monitoring().orElseThrow().dashboardUrl()
        + "; publish more with `bin/newsstream publish -b " + running.clients().bootstrapServers()
        + " FILE`; stop with Ctrl-C.");
    stopRequested.await();
  }

  private List<Article> articles() throws IOException {
    List<Path> inputs = files;
    if (inputs.isEmpty()) {
      Path seeds = Path.of("seeds");
      if (!Files.isDirectory(seeds)) {
        throw new UserException("no seeds/ folder here; run from the repository root or name files");
      }
      try (Stream<Path> list = Files.list(seeds)) {
        inputs = list.filter(Files::isRegularFile).sorted().toList();
      }
    }
    List<Article> articles = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.isRegularFile(input)) {
        throw new UserException("no such file: " + input);
      }
      Article article = ArticleSplitter.split(input.getFileName().toString(), Files.readString(input));
      if (!article.paragraphs().isEmpty()) {
        articles.add(article);
      }
    }
    if (articles.isEmpty()) {
      throw new UserException("nothing to publish: the files are empty");
    }
    return articles;
  }

  private static int publish(NewsstreamServer running, Topics topics, List<Article> articles)
      throws InterruptedException {
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
        running.clients().producer(), topics.paragraphs.keySerde().serializer(),
        topics.paragraphs.valueSerde().serializer())) {
      ParagraphPublisher publisher = new ParagraphPublisher(producer, topics.paragraphs.name());
      int total = 0;
      for (Article article : articles) {
        total += publisher.publish(ParagraphPublisher.paragraphs(article, "demo", null, Instant.now()));
      }
      return total;
    } catch (ExecutionException e) {
      throw new UserException("Kafka refused the paragraphs: " + e.getCause().getMessage());
    }
  }

  /** @param alertRecords the alerts that could be decoded, in arrival order */
  record Outcome(int enriched, int deadLetters, int alerts, List<Alert> alertRecords) {}

  /**
   * Every record on the stories topic now: read once the pipeline has caught up, so the stories
   * of every published article are in. No topic yet (no story topology) reads as no stories.
   */
  private static List<StorySummary> stories(NewsstreamServer running, Topics topics)
      throws InterruptedException {
    Properties props = running.clients().consumer(null);
    // Reading must not create the topic with the broker's defaults in the writer's place.
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    var values = topics.stories.valueSerde().deserializer();
    List<StorySummary> stories = new ArrayList<>();
    // Raw bytes, decoded one by one: a record that is no StorySummary is skipped, not fatal.
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props,
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      // Summaries go out on a timer after their paragraphs: wait for the last of them.
      TopicSnapshot.awaitQuiet(consumer, topics.stories.name(),
          PipelineTopology.STORY_SUMMARIES_EVERY.multipliedBy(5), TopicSnapshot.DEFAULT_DEADLINE);
      for (ConsumerRecord<byte[], byte[]> record : TopicSnapshot.read(consumer, topics.stories.name())) {
        try {
          if (record.value() != null) {
            stories.add(values.deserialize(record.topic(), record.value()));
          }
        } catch (org.apache.kafka.common.errors.SerializationException notAStory) {
          Console.progress("skipping a record on " + record.topic() + " that is no story: "
              + notAStory.getMessage());
        }
      }
    }
    return stories;
  }

  /** Prints output records until every paragraph is accounted for and alerting has caught up. */
  private static Outcome follow(NewsstreamServer running, Topics topics, int published,
      String pipelineGroup, RecordPrinter printer, Duration limit) {
    RecordCatalog catalog = new RecordCatalog();
    int enriched = 0;
    int dead = 0;
    int alerts = 0;
    List<Alert> alertRecords = new ArrayList<>();
    long deadline = System.nanoTime() + limit.toNanos();
    List<String> names = List.of(topics.enriched.name(), topics.deadLetter.name(), topics.alerts.name());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
            running.clients().consumer(null), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Admin admin = Admin.create(running.clients().admin())) {
      var partitions = names.stream().flatMap(t -> consumer.partitionsFor(t).stream())
          .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      boolean drained = false;
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(300))) {
          SpecificRecord value = catalog.decode(record.value()).orElse(null);
          printer.print(record.topic(), value);
          if (record.topic().equals(topics.enriched.name())) {
            enriched++;
          } else if (record.topic().equals(topics.deadLetter.name())) {
            dead++;
          } else {
            alerts++;
            if (value instanceof Alert alert) {
              alertRecords.add(alert);
            }
          }
        }
        if (enriched + dead >= published) {
          if (drained) {
            return new Outcome(enriched, dead, alerts, alertRecords);
          }
          // One more poll after alerting has committed everything picks up its last alerts.
          drained = GroupCatchUp.caughtUp(admin, pipelineGroup);
        }
      }
      throw new UserException("the pipeline did not finish within " + limit.toSeconds() + " s ("
          + (enriched + dead) + " of " + published + " paragraphs came out)");
    }
  }

}
