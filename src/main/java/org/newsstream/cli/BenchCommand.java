package org.newsstream.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.alerting.RuleFiles;
import org.newsstream.bench.BurstRounds;
import org.newsstream.bench.CpuMeter;
import org.newsstream.bench.LatencyHistogram;
import org.newsstream.bench.LatencyStats;
import org.newsstream.bench.MemoryReport;
import org.newsstream.bench.OfflineReference;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.bench.SyntheticArticles;
import org.newsstream.bench.TimedEnricher;
import org.newsstream.bench.TopicGrowth;
import org.newsstream.bench.ThreadTimeShares;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.streams.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure the pipeline's throughput and latency on a real broker.", "",
        "Starts the pipeline like demo (embedded broker unless --bootstrap-servers), publishes",
        "copies of the seed article (each copy its own article id and dateline) at --rate, and",
        "reads news.enriched and the alert topics with a read_committed consumer. First it",
        "enriches the same load without Kafka, on every core at once and on one thread: the",
        "offline references. Prints paragraphs per second end to end and their ratios to",
        "(cores x one thread) and to all cores at once, the latency from publish to the",
        "enriched paragraph and to its alerts being visible to consumers (percentiles and a",
        "histogram), CPU time per paragraph in the application and in the broker's process,",
        "and how many of the cores the load kept busy.",
        "",
        "The JIT compiles for minutes in a process of this size: after the default warm-up it",
        "still takes about a third of the CPU. Give --warm-up 20000 for steady-state figures,",
        "and --rounds 5 for the median of five bursts against references taken between them."},
    footer = {"", "Examples:", "  bin/newsstream bench --paragraphs 2000 --rate 50",
        "  bin/newsstream bench --paragraphs 10000 --warm-up 20000 --no-http   steady-state burst"})
final class BenchCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Option(names = "--paragraphs", defaultValue = "2000",
      description = "Paragraphs to publish (default: ${DEFAULT-VALUE}).")
  int paragraphs;

  @Option(names = "--rate", defaultValue = "0",
      description = "Paragraphs per second to publish; 0 publishes as fast as possible "
          + "(default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--template", defaultValue = "seeds/putin-choe-handshake.txt",
      description = "Article the load is made of (default: ${DEFAULT-VALUE}).")
  Path template;

  @Option(names = "--offline-paragraphs", defaultValue = "4000",
      description = "Paragraphs of the same load enriched without Kafka first, on each core at "
          + "once and then on one thread: the references the end-to-end rate is compared with "
          + "(default: ${DEFAULT-VALUE}; a few seconds' worth, as the machine's speed varies).")
  int offlineParagraphs;

  @Option(names = "--offline-warm-up", defaultValue = "10000",
      description = "Paragraphs enriched untimed (round the load as often as it takes) before "
          + "the offline references are timed, so that they run compiled code as the warm "
          + "pipeline does (default: ${DEFAULT-VALUE}).")
  int offlineWarmUp;

  @Option(names = "--warm-up", defaultValue = "2000",
      description = "Paragraphs sent through the pipeline before measuring, so that the JIT has "
          + "compiled the hot paths of Kafka, Streams and the NLP: a short run otherwise spends "
          + "about half its CPU compiling (default: ${DEFAULT-VALUE}).")
  int warmUpParagraphs;

  @Option(names = "--rounds", defaultValue = "1",
      description = "Measured loads of --paragraphs, one after the other after one warm-up, each"
          + " followed by the one-thread reference with the pipeline idle. With more than one, "
          + "each round's ratio is taken against the references either side of it and the "
          + "median is printed: the machine's speed moves the reference by up to a quarter "
          + "within minutes, so one round's ratio is a sample (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--keep-throttle",
      description = "Keep the shipped rules as they are. By default the bench makes every rule "
          + "alert per paragraph with no throttle, so that every matching paragraph raises an "
          + "alert whose latency it can time: the load repeats one article, which is one story, "
          + "and one alert per story and entity would leave a handful of alerts to time.")
  boolean keepThrottle;

  @Override
  public Integer call() throws Exception {
    if (paragraphs < 1 || rate < 0 || offlineParagraphs < 1 || warmUpParagraphs < 1
        || offlineWarmUp < 0 || rounds < 1) {
      throw new UserException("--paragraphs, --offline-paragraphs, --warm-up and --rounds must be"
          + " at least 1, --rate and --offline-warm-up at least 0");
    }
    if (!Files.isRegularFile(template)) {
      throw new UserException("no such file: " + template);
    }
    Article templateArticle =
        ArticleSplitter.split(template.getFileName().toString(), Files.readString(template));
    List<Article> articles = SyntheticArticles.of(templateArticle, paragraphs);
    Path temp = server.dataDir == null ? TempFolders.create("newsstream-bench") : null;
    Path rulesDir = TempFolders.create("newsstream-bench-rules");
    boolean ran = false;
    try {
      if (server.rules == null && !keepThrottle) {
        server.rules = shippedRulesForTiming(rulesDir.resolve("rules.yaml"));
      }
      NewsstreamConfig config = server.toConfig(0, temp);
      ParagraphEnricher enricher = Enrichers.load(config.enrichmentBudget());
      Console.progress("measuring the offline reference: full enrichment of the same load without"
          + " Kafka, on every core at once, then on one thread");
      int offline = Math.min(offlineParagraphs, paragraphs);
      int cores = Runtime.getRuntime().availableProcessors();
      // The JIT goes on improving the NLP code for thousands of paragraphs: timed too early, the
      // reference is low and the ratio held against it flatters the pipeline.
      OfflineReference.warmUp(enricher, articles, offlineWarmUp);
      OfflineReference.Result parallel = OfflineReference.measureParallel(
          enricher, articles, 200, offline, cores);
      OfflineReference.Result reference = OfflineReference.measure(
          enricher, articles, 200, offline);
      TimedEnricher timed = new TimedEnricher(enricher);
      try (NewsstreamServer running = NewsstreamServer.start(
          config, () -> timed, Console::progress)) {
        Topics topics = running.topics();
        try (KafkaConsumer<String, byte[]> consumer = BenchLoad.outputConsumer(running, topics)) {
          warmUp(running, consumer, articles.get(0));
          BurstRounds measured = new BurstRounds();
          OfflineReference.Result before = reference;
          for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) {
              System.out.printf(Locale.ROOT, "%n== round %d of %d%n", round, rounds);
            }
            // Each round's copies are numbered apart from the others': no id or text repeats.
            List<Article> load = round == 1 ? articles
                : SyntheticArticles.of(templateArticle, paragraphs, (round - 1) * paragraphs);
            RoundFigures figures =
                measure(running, consumer, config, load, before, parallel, timed);
            // Again after the round, in the same JVM with the broker idle: if this one is
            // slower than the first, the machine or the JIT's state moved; if not, the
            // pipeline's NLP was slower for running beside Kafka.
            Console.progress("measuring the offline reference again, after the pipeline");
            OfflineReference.Result after =
                OfflineReference.measure(enricher, articles, 200, offline);
            System.out.printf(Locale.ROOT, "offline reference after the run: %.1f paragraphs/s,"
                + " %.2f ms CPU per paragraph (before the run %.2f)%n", after.perSecond(),
                after.cpuMillisPerParagraph(), before.cpuMillisPerParagraph());
            measured.add(new BurstRounds.Round(figures.perSecond(), before.perSecond(),
                after.perSecond(), figures.plumbingShare()));
            before = after;
          }
          if (rounds > 1) {
            describe(measured);
          }
        }
      }
      ran = true;
    } finally {
      TempFolders.delete(rulesDir);
      TempFolders.deleteOrKeep(temp, ran);
    }
    return 0;
  }

  /**
   * The first records after start-up wait for the last internal topics and rebalances, and the
   * JIT is still compiling: a warm-up load keeps both out of the steady-state figures.
   */
  private void warmUp(NewsstreamServer running, KafkaConsumer<String, byte[]> consumer,
      Article first) {
    Topics topics = running.topics();
    List<Article> warmUp = SyntheticArticles.of(first, warmUpParagraphs).stream()
        .map(a -> new Article("warmup-" + a.id(), a.title(), a.paragraphs())).toList();
    long warmStart = System.nanoTime();
    Console.progress("warming up with " + warmUpParagraphs + " paragraphs");
    BenchLoad.publish(running, topics, warmUp, 0, new ConcurrentHashMap<>());
    BenchLoad.collect(consumer, topics, warmUpParagraphs, Map.of(), Duration.ofMinutes(10),
        () -> { });
    Console.progress(String.format(Locale.ROOT, "warmed up in %.1f s; measuring",
        (System.nanoTime() - warmStart) / 1e9));
  }

  /** One round's figures: paragraphs per second end to end; everything but the NLP ÷ the NLP. */
  private record RoundFigures(double perSecond, double plumbingShare) {}

  /** One measured load, reported. */
  private RoundFigures measure(NewsstreamServer running, KafkaConsumer<String, byte[]> consumer,
      NewsstreamConfig config, List<Article> articles, OfflineReference.Result reference,
      OfflineReference.Result parallel, TimedEnricher timed) {
    Topics topics = running.topics();
    Map<String, Instant> sent = new ConcurrentHashMap<>();
    // Publish on another thread: latency is measured as records arrive, while publishing.
    var publishing = new java.util.concurrent.FutureTask<Long>(() -> {
      BenchLoad.publish(running, topics, articles, rate, sent);
      return System.nanoTime();
    });
    Thread publisher = new Thread(publishing, "bench-publisher");
    CpuMeter cpu = new CpuMeter(running.brokerProcessId(), config.applicationId(),
        Thread.currentThread(), publisher);
    ThreadTimeShares shares = new ThreadTimeShares(() -> running.pipeline().streams().metrics());
    TopicGrowth growth = new TopicGrowth(running.clients().admin());
    growth.start();
    cpu.start();
    shares.start();
    timed.reset();
    long started = System.nanoTime();
    publisher.start();
    BenchLoad.Measured measured = BenchLoad.collect(consumer, topics, paragraphs, sent,
        Duration.ofMinutes(30), cpu::stop);
    double seconds = (measured.lastEnriched() - started) / 1e9;
    shares.close();
    long published;
    try {
      published = publishing.get();
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("publishing failed: " + e, e);
    }
    double nlp = timed.cpuMillisPerCall();
    report(config, topics, measured, seconds, (published - started) / 1e9, reference, parallel,
        cpu);
    System.out.printf(Locale.ROOT, "enrichment inside the pipeline: %.2f ms CPU per paragraph"
        + " (%d calls while measuring), against %.2f offline alone%n", nlp, timed.calls(),
        reference.cpuMillisPerParagraph());
    // The one-thread reference moved between 1.19 and 1.80 ms per paragraph in one day, once
    // from 1.80 to 1.36 within one JVM: every CPU figure scales with the machine's speed, their
    // ratio hardly does, so this is what compares runs (docs/performance.md, session 12).
    double plumbing = perParagraph(cpu, CpuMeter.Part.STREAM_THREADS)
        + perParagraph(cpu, CpuMeter.Part.ANALYSIS_AHEAD) - nlp
        + perParagraph(cpu, CpuMeter.Part.PIPELINE_CLIENTS)
        + perParagraph(cpu, CpuMeter.Part.JVM_OTHER)
        + (cpu.brokerApart() ? perParagraph(cpu, CpuMeter.Part.BROKER) : 0);
    System.out.printf(Locale.ROOT, "everything but the NLP: %.2f ms CPU per paragraph, %.2f ×"
        + " the NLP's own inside the pipeline%n", plumbing, plumbing / nlp);
    System.out.println("stream threads' time (Kafka Streams' ratios, each second while measuring): "
        + shares.describe());
    running.pipeline().analysesAhead().ifPresent(ahead -> System.out.printf(Locale.ROOT,
        "analysed ahead of their turn since start-up: %d of %d paragraphs offered; %d reached"
        + " their turn before a worker had finished%n", ahead.used(), ahead.offered(),
        ahead.doneByTaker()));
    growth.describe(paragraphs).forEach(System.out::println);
    System.out.println(MemoryReport.describe(running.brokerProcessId(),
        config.dataDir().resolve("streams")));
    return new RoundFigures(paragraphs / seconds, plumbing / nlp);
  }

  private void describe(BurstRounds measured) {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%n== over %d rounds%n", rounds);
    for (int i = 0; i < measured.rounds().size(); i++) {
      BurstRounds.Round round = measured.rounds().get(i);
      System.out.printf(Locale.ROOT, "round %d: %.1f paragraphs/s end to end, one-thread"
          + " reference %.1f before and %.1f after, ratio %.2f; everything but the NLP %.2f ×"
          + " the NLP%n", i + 1, round.perSecond(), round.referenceBefore(),
          round.referenceAfter(), round.ratio(cores), round.plumbingShare());
    }
    System.out.printf(Locale.ROOT, "median of %d rounds: %.1f paragraphs/s end to end, ratio"
        + " end to end ÷ (%d cores × the one-thread reference either side) = %.2f; everything"
        + " but the NLP %.2f × the NLP's own%n", rounds, measured.medianPerSecond(), cores,
        measured.medianRatio(cores), measured.medianPlumbingShare());
  }

  private void report(NewsstreamConfig config, Topics topics, BenchLoad.Measured measured, double seconds,
      double publishing, OfflineReference.Result reference, OfflineReference.Result parallel,
      CpuMeter cpu) {
    LatencyStats visible = new LatencyStats(measured.visible());
    LatencyStats enrichedAfter = new LatencyStats(measured.enriched());
    LatencyStats alerted = new LatencyStats(measured.alerted());
    double throughput = paragraphs / seconds;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "paragraphs: %d (publishing took %.1f s%s)%n", paragraphs,
        publishing, rate == 0 ? ", unthrottled" : " at " + rate + "/s");
    System.out.printf(Locale.ROOT, "throughput: %.1f paragraphs/s enriched end to end%n",
        throughput);
    System.out.printf(Locale.ROOT, "offline reference: %.1f paragraphs/s, full enrichment of %d"
        + " paragraphs of the same load on one thread%n", reference.perSecond(),
        reference.paragraphs());
    System.out.printf(Locale.ROOT, "offline on %d threads at once: %.1f paragraphs/s (%.0f %% of"
        + " %d × one thread; %.2f ms CPU per paragraph against %.2f alone)%n", cores,
        parallel.perSecond(), 100 * parallel.perSecond() / (cores * reference.perSecond()), cores,
        parallel.cpuMillisPerParagraph(), reference.cpuMillisPerParagraph());
    System.out.printf(Locale.ROOT, "ratio: end to end ÷ (%d cores × offline) = %.2f; end to end ÷"
        + " offline on %d threads = %.2f%n", cores, throughput / (cores * reference.perSecond()),
        cores, throughput / parallel.perSecond());
    System.out.printf(Locale.ROOT,
        "latency publish → visible on %s (ms): p50 %d, p95 %d, p99 %d, max %d%n",
        topics.enriched.name(), visible.percentile(50), visible.percentile(95),
        visible.percentile(99), visible.max());
    new LatencyHistogram(measured.visible()).lines().forEach(System.out::println);
    System.out.printf(Locale.ROOT,
        "  of which publish → enriched (enrichedAt) (ms): p50 %d, p95 %d, p99 %d%n",
        enrichedAfter.percentile(50), enrichedAfter.percentile(95), enrichedAfter.percentile(99));
    System.out.printf(Locale.ROOT,
        "latency publish → alert on %s (ms, %d alerts): p50 %d, p95 %d, p99 %d%n",
        topics.alerts.name(), alerted.count(), alerted.percentile(50), alerted.percentile(95),
        alerted.percentile(99));
    System.out.printf(Locale.ROOT, "CPU per paragraph (ms): stream threads %.2f and analysis"
        + " ahead %.2f (offline enrichment alone %.2f), pipeline's other client threads %.2f,"
        + " JIT/GC/other %.2f, broker process %s; bench publisher and reader %.2f%n",
        perParagraph(cpu, CpuMeter.Part.STREAM_THREADS),
        perParagraph(cpu, CpuMeter.Part.ANALYSIS_AHEAD), reference.cpuMillisPerParagraph(),
        perParagraph(cpu, CpuMeter.Part.PIPELINE_CLIENTS),
        perParagraph(cpu, CpuMeter.Part.JVM_OTHER),
        cpu.brokerApart() ? String.format(Locale.ROOT, "%.2f",
            perParagraph(cpu, CpuMeter.Part.BROKER)) : "(in this JVM)",
        perParagraph(cpu, CpuMeter.Part.BENCH_CLIENTS));
    // A thread waiting for its commit leaves its core idle unless another thread can run there
    // (docs/performance.md, session 15): this is the share of the machine the load kept busy.
    double busy = cpu.total().toNanos() / 1e9 / seconds;
    System.out.printf(Locale.ROOT, "cores busy from publishing to the last paragraph: %.2f of %d"
        + " (%.0f %%)%s%n", busy, cores, 100 * busy / cores,
        cpu.brokerApart() ? "" : " (a broker elsewhere is not counted)");
    System.out.printf(Locale.ROOT, "settings: %d partitions, %d stream thread(s), %s, rules %s%n",
        config.partitions(), config.streamThreads(),
        config.exactlyOnce() ? "exactly_once_v2" : "at_least_once",
        config.rulesFile().map(Path::toString).orElse("shipped") + (keepThrottle ? "" : " (per paragraph, no throttle)"));
  }

  private double perParagraph(CpuMeter cpu, CpuMeter.Part part) {
    return cpu.used(part).toNanos() / 1e6 / paragraphs;
  }

  /** The shipped rules, each alerting per paragraph without a throttle, written to {@code file}. */
  static Path shippedRulesForTiming(Path file) throws java.io.IOException {
    try (var in = RuleFiles.class.getClassLoader().getResourceAsStream(RuleFiles.DEFAULT_RULES)) {
      String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Files.writeString(file, yaml.replaceAll("(?m)^(\\s*throttle:).*$", "$1 0s")
          .replaceAll("(?m)^(\\s*per:)\\s*story\\b", "$1 paragraph")
          .replaceAll("(?m)^\\s*realertAfterSources:.*$", ""));
    }
    return file;
  }
}
