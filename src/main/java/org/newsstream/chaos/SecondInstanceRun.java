package org.newsstream.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Paragraph;

/**
 * Two instances of one application: the first with the embedded broker, the second joined to it
 * with {@code --bootstrap-servers}. The second is killed with SIGKILL while both work; the time
 * until every paragraph published right after the kill is out (the dead instance's partitions
 * included) is how long its partitions stood still. Then it is restarted and the output checked.
 */
public final class SecondInstanceRun {
  private final ChaosSettings settings;
  private final Consumer<String> progress;
  private final ChaosKafka kafka;

  public SecondInstanceRun(ChaosSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
    this.kafka = new ChaosKafka("127.0.0.1:" + settings.port());
  }

  public ChaosReport run() throws IOException, InterruptedException {
    Files.createDirectories(settings.dataDir());
    List<Paragraph> paragraphs = DistinctParagraphs.of(settings.paragraphs(), settings.seed(),
        Instant.parse("2026-12-01T12:00:00Z"));
    Set<String> published = new HashSet<>();
    paragraphs.forEach(p -> published.add(CommittedOutput.id(p)));
    int rounds = settings.kills();
    List<List<Paragraph>> batches = new ArrayList<>();
    int parts = 2 * rounds + 1;
    for (int i = 0; i < parts; i++) {
      batches.add(paragraphs.subList(i * paragraphs.size() / parts, (i + 1) * paragraphs.size() / parts));
    }
    List<Long> stalls = new ArrayList<>();
    String bootstrap = "127.0.0.1:" + settings.port();
    try (CommittedOutput output = new CommittedOutput(kafka.consumerProps(), TopicNames.defaults());
        KafkaProducer<String, Paragraph> producer = kafka.producer()) {
      RunProcess first = RunProcess.start(List.of("--data-dir", dir("first"), "--port",
          String.valueOf(settings.port()), "--no-http", "--threads", String.valueOf(settings.threads())),
          log("first"), settings.heap());
      RunProcess second = startSecond(bootstrap, 0);
      int done = 0;
      ChaosKafka.publish(producer, batches.get(0));
      done += batches.get(0).size();
      awaitOutcomes(output, done);
      for (int round = 1; round <= rounds; round++) {
        awaitRunning(second);
        second.kill();
        long killed = System.nanoTime();
        List<Paragraph> probe = batches.get(2 * round - 1);
        ChaosKafka.publish(producer, probe);
        done += probe.size();
        awaitOutcomes(output, done);
        long stall = (output.lastOutcomeNanos() - killed) / 1_000_000;
        stalls.add(stall);
        progress.accept(String.format("kill %d/%d of the second instance: every paragraph"
            + " published after it was out %.1f s later", round, rounds, stall / 1e3));
        second = startSecond(bootstrap, round);
        ChaosKafka.publish(producer, batches.get(2 * round));
        done += batches.get(2 * round).size();
        awaitOutcomes(output, done);
      }
      Thread.sleep(3_000);
      second.stop(60);
      first.stop(60);
      ChaosVerdict verdict = ChaosVerdict.of(published, output.outcomes(), output.alertIds(), null);
      return new ChaosReport("after kill -9 of the second instance, until every paragraph published then was out", paragraphs.size(), rounds, stalls, -1, -1, verdict, 0);
    }
  }

  private RunProcess startSecond(String bootstrap, int generation) throws IOException {
    return RunProcess.start(List.of("--bootstrap-servers", bootstrap, "--data-dir", dir("second"),
        "--no-http", "--threads", String.valueOf(settings.threads())),
        log("second-" + generation), settings.heap());
  }

  private String dir(String name) throws IOException {
    Path dir = settings.dataDir().resolve(name);
    Files.createDirectories(dir);
    return dir.toString();
  }

  private Path log(String name) {
    return settings.dataDir().resolve(name + ".log");
  }

  /** The second instance is part of the group once its log says its topologies are running. */
  private void awaitRunning(RunProcess second) throws InterruptedException {
    long deadline = System.nanoTime() + settings.settleTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      if (second.logged("topologies running")) {
        Thread.sleep(2_000);
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the second instance did not start; see its log in "
        + settings.dataDir());
  }

  private void awaitOutcomes(CommittedOutput output, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + settings.settleTimeout().toNanos();
    while (output.outcomeCount() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
