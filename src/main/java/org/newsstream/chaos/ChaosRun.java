package org.newsstream.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Paragraph;

/**
 * What was done by hand to find the crash defects, as a program: publish distinct paragraphs,
 * kill {@code run} with SIGKILL at random moments while work is pending, restart it on the same
 * data folder, and check with a read_committed reader that the output is exact.
 */
public final class ChaosRun {
  /**
   * No throttle and no claims threshold: an alert per place and organisation per paragraph, and
   * one per hedged paragraph, each a function of its paragraph and article alone. Not per person
   * and not per story: a bare surname's link to another article's full name, like an article's
   * story, is decided in the story stage in the order paragraphs reach it, which differs between
   * any two runs of the same input, with kills or without (three partitions interleave as they
   * come); within one run a replay after a kill decides the same (README, "Stories"). Every
   * paragraph, persons included, is still checked for loss and duplication.
   */
  private static final String RULES = """
      rules:
        - id: chaos-place
          description: every place and organisation mentioned (chaos run)
          entityTypes: [LOCATION, ORGANIZATION]
          severity: ROUTINE
        - id: chaos-hedged
          description: hedged claims (chaos run)
          claimFlags: [HEDGED]
          severity: URGENT
      """;

  private final ChaosSettings settings;
  private final Consumer<String> progress;
  private final Random random;
  private final ChaosKafka kafka;
  private int startFailures;

  public ChaosRun(ChaosSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.kafka = new ChaosKafka("127.0.0.1:" + settings.port());
    this.progress = progress;
    this.random = new Random(settings.seed());
  }

  public ChaosReport run() throws IOException, InterruptedException {
    Files.createDirectories(settings.dataDir());
    Path rules = settings.dataDir().resolve("chaos-rules.yaml");
    Files.writeString(rules, RULES);
    List<Paragraph> paragraphs = DistinctParagraphs.of(settings.paragraphs(), settings.seed(),
        Instant.parse("2026-12-01T12:00:00Z"));
    Set<String> published = new HashSet<>();
    paragraphs.forEach(p -> published.add(CommittedOutput.id(p)));

    Set<String> baselineAlerts = null;
    if (settings.baseline()) {
      progress.accept("baseline: the same " + paragraphs.size() + " paragraphs without kills");
      baselineAlerts = new HashSet<>(baseline(paragraphs, rules));
      progress.accept("baseline: " + baselineAlerts.size() + " alerts");
    }
    Path dir = settings.dataDir().resolve("chaos");
    List<Long> recoveries = new ArrayList<>();
    long cleanStop = -1;
    long cleanRestart = -1;
    List<List<Paragraph>> batches = split(paragraphs, settings.kills() + 1 + (settings.cleanRestart() ? 1 : 0));
    try (CommittedOutput output = new CommittedOutput(kafka.consumerProps(), TopicNames.defaults());
        KafkaProducer<String, Paragraph> producer = kafka.producer()) {
      RunProcess run = start(dir, rules, 0);
      ChaosKafka.publish(producer, batches.get(0));
      for (int kill = 1; kill <= settings.kills(); kill++) {
        awaitKillPoint(output, publishedSoFar(batches, kill), run);
        int before = output.outcomeCount();
        run.kill();
        progress.accept(String.format("kill %d/%d: SIGKILL with %d of %d published paragraphs"
            + " done", kill, settings.kills(), before, publishedSoFar(batches, kill)));
        long restarted = System.nanoTime();
        long restartedWall = System.currentTimeMillis();
        run = start(dir, rules, kill);
        ChaosKafka.publish(producer, batches.get(kill));
        long resumed = awaitProgress(output, restartedWall, restarted, run);
        if (resumed >= 0) {
          recoveries.add(resumed);
          progress.accept(String.format("  processing resumed %.1f s after the restart", resumed / 1e3));
        }
      }
      if (settings.cleanRestart()) {
        awaitOutcomes(output, publishedSoFar(batches, settings.kills() + 1));
        long t0 = System.nanoTime();
        run.stop(60);
        cleanStop = (System.nanoTime() - t0) / 1_000_000;
        long restarted = System.nanoTime();
        long restartedWall = System.currentTimeMillis();
        run = start(dir, rules, settings.kills() + 1);
        ChaosKafka.publish(producer, batches.get(batches.size() - 1));
        cleanRestart = awaitProgress(output, restartedWall, restarted, run);
        progress.accept(String.format("clean stop %.1f s; clean restart resumed after %.1f s",
            cleanStop / 1e3, cleanRestart / 1e3));
      }
      awaitOutcomes(output, paragraphs.size());
      // Late duplicates would come from re-processing after the last restart: give them time.
      Thread.sleep(3_000);
      run.stop(60);
      ChaosVerdict verdict = ChaosVerdict.of(published, output.outcomes(), output.alertIds(),
          baselineAlerts);
      return new ChaosReport("recovery after kill -9 (restart → first new committed output)", paragraphs.size(), settings.kills(), recoveries, cleanStop,
          cleanRestart, verdict, startFailures);
    }
  }

  private List<String> baseline(List<Paragraph> paragraphs, Path rules)
      throws IOException, InterruptedException {
    try (CommittedOutput output = new CommittedOutput(kafka.consumerProps(), TopicNames.defaults());
        KafkaProducer<String, Paragraph> producer = kafka.producer()) {
      RunProcess run = startOn(settings.dataDir().resolve("baseline"), rules, "baseline");
      ChaosKafka.publish(producer, paragraphs);
      awaitOutcomes(output, paragraphs.size());
      Thread.sleep(3_000);
      run.stop(60);
      return output.alertIds();
    }
  }

  private RunProcess start(Path dir, Path rules, int generation) throws IOException {
    return startOn(dir, rules, "run-" + generation);
  }

  private RunProcess startOn(Path dir, Path rules, String name) throws IOException {
    Files.createDirectories(dir);
    Path log = settings.dataDir().resolve(name + ".log");
    return RunProcess.start(List.of("--data-dir", dir.toString(), "--port",
        String.valueOf(settings.port()), "--rules", rules.toString(), "--no-http",
        "--threads", String.valueOf(settings.threads())), log,
        settings.heap());
  }

  /**
   * Picks the moment of the next kill: one in five while the process is still starting (up to
   * --max-kill-delay after the start), the others once a random 10-90 % of the pending paragraphs
   * are out, so that the kill lands in the middle of processing and transactions.
   */
  private void awaitKillPoint(CommittedOutput output, int publishedSoFar, RunProcess run)
      throws InterruptedException {
    if (random.nextDouble() < 0.2) {
      Thread.sleep(1 + (long) (random.nextDouble() * settings.maxKillDelay().toMillis()));
      return;
    }
    int pending = publishedSoFar - output.outcomeCount();
    int target = output.outcomeCount() + (int) Math.ceil(pending * (0.1 + 0.8 * random.nextDouble()));
    long deadline = System.nanoTime() + settings.settleTimeout().toNanos();
    while (output.outcomeCount() < target && run.alive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  /** Milliseconds from {@code restartedNanos} until the first output made by the new process. */
  private long awaitProgress(CommittedOutput output, long restartedWall, long restartedNanos,
      RunProcess run) throws InterruptedException {
    long deadline = restartedNanos + settings.settleTimeout().toNanos();
    long running = -1;
    while (System.nanoTime() < deadline) {
      if (running < 0 && run.logged("topologies running")) {
        running = System.nanoTime();
      }
      long read = output.firstReadOfMadeAfter(restartedWall);
      if (read >= 0) {
        progress.accept(String.format("  topologies running %s after the restart; its first new"
            + " record made after %.1f s",
            running < 0 ? "(not logged yet)" : String.format("%.1f s", (running - restartedNanos) / 1e9),
            (output.firstMadeAfter(restartedWall) - restartedWall) / 1e3));
        return (read - restartedNanos) / 1_000_000;
      }
      if (!run.alive()) {
        startFailures++;
        progress.accept("  run exited with " + run.exitValue() + " after the restart; see its log in "
            + settings.dataDir());
        return -1;
      }
      Thread.sleep(20);
    }
    startFailures++;
    progress.accept("  no progress within " + settings.settleTimeout().toSeconds() + " s of the restart");
    return -1;
  }

  private void awaitOutcomes(CommittedOutput output, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + settings.settleTimeout().toNanos();
    int last = -1;
    while (output.outcomeCount() < expected && System.nanoTime() < deadline) {
      if (output.outcomeCount() / 500 != last / 500) {
        last = output.outcomeCount();
        progress.accept("  " + last + " of " + expected + " paragraphs out");
      }
      Thread.sleep(100);
    }
  }

  private static int publishedSoFar(List<List<Paragraph>> batches, int upTo) {
    return batches.subList(0, upTo).stream().mapToInt(List::size).sum();
  }

  private static List<List<Paragraph>> split(List<Paragraph> all, int parts) {
    List<List<Paragraph>> batches = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      batches.add(all.subList(i * all.size() / parts, (i + 1) * all.size() / parts));
    }
    return batches;
  }

}
