package org.newsstream.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.bench.LatencyStats;
import org.newsstream.bench.SyntheticArticles;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.streams.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure the pipeline's throughput and latency on a real broker.", "",
        "Starts the pipeline like demo (embedded broker unless --bootstrap-servers), publishes",
        "copies of the seed article (each copy its own article id and dateline) at --rate, and",
        "reads news.enriched with a read_committed consumer. Prints paragraphs per second and the",
        "latency from publish to the enriched paragraph being visible to consumers."},
    footer = {"", "Example:", "  bin/newsstream bench --paragraphs 2000 --rate 50"})
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

  @Override
  public Integer call() throws Exception {
    if (paragraphs < 1 || rate < 0) {
      throw new UserException("--paragraphs must be at least 1 and --rate at least 0");
    }
    if (!Files.isRegularFile(template)) {
      throw new UserException("no such file: " + template);
    }
    List<Article> articles = SyntheticArticles.of(
        ArticleSplitter.split(template.getFileName().toString(), Files.readString(template)),
        paragraphs);
    Path temp = server.dataDir == null ? TempFolders.create("newsstream-bench") : null;
    NewsstreamConfig config = server.toConfig(0, temp);
    try (NewsstreamServer running = NewsstreamServer.start(
        config, () -> Enrichers.load(config.enrichmentBudget()), Console::progress)) {
      Topics topics = running.topics();
      try (KafkaConsumer<String, EnrichedParagraph> consumer = enrichedConsumer(running, topics)) {
        // The first records after start-up wait for the last internal topics and rebalances (about
        // 10 s here); one warm-up article keeps that out of the steady-state figures.
        List<Article> warmUp = SyntheticArticles.of(articles.get(0), articles.get(0).paragraphs().size())
            .stream().map(a -> new Article("warmup-" + a.id(), a.title(), a.paragraphs())).toList();
        long warmStart = System.nanoTime();
        publish(running, topics, warmUp, 0);
        collect(consumer, warmUp.get(0).paragraphs().size(), Duration.ofMinutes(5));
        Console.progress(String.format(Locale.ROOT, "warmed up in %.1f s; measuring",
            (System.nanoTime() - warmStart) / 1e9));
        long started = System.nanoTime();
        // Publish on another thread: latency is measured as records arrive, while publishing.
        var publishing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          publish(running, topics, articles, rate);
          return System.nanoTime();
        });
        long[][] measured = collect(consumer, paragraphs, Duration.ofMinutes(30));
        long published = publishing.join();
        long[] latencies = measured[0];
        LatencyStats enrichedAfter = new LatencyStats(measured[1]);
        double seconds = (System.nanoTime() - started) / 1e9;
        LatencyStats stats = new LatencyStats(latencies);
        System.out.printf(Locale.ROOT, "paragraphs: %d (publishing took %.1f s%s)%n", paragraphs,
            (published - started) / 1e9, rate == 0 ? ", unthrottled" : " at " + rate + "/s");
        System.out.printf(Locale.ROOT, "throughput: %.1f paragraphs/s enriched end to end%n",
            paragraphs / seconds);
        System.out.printf(Locale.ROOT,
            "latency publish → visible on %s (ms): p50 %d, p95 %d, p99 %d, max %d%n",
            topics.enriched.name(), stats.percentile(50), stats.percentile(95),
            stats.percentile(99), stats.max());
        System.out.printf(Locale.ROOT,
            "  of which publish → enriched (enrichedAt) (ms): p50 %d, p95 %d, p99 %d%n",
            enrichedAfter.percentile(50), enrichedAfter.percentile(95), enrichedAfter.percentile(99));
        System.out.printf(Locale.ROOT, "settings: %d partitions, %d stream thread(s), %s%n",
            config.partitions(), config.streamThreads(),
            config.exactlyOnce() ? "exactly_once_v2" : "at_least_once");
      }
    } finally {
      TempFolders.delete(temp);
    }
    return 0;
  }

  private static KafkaConsumer<String, EnrichedParagraph> enrichedConsumer(
      NewsstreamServer running, Topics topics) {
    KafkaConsumer<String, EnrichedParagraph> consumer = new KafkaConsumer<>(
        running.clients().consumer(null), topics.enriched.keySerde().deserializer(),
        topics.enriched.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topics.enriched.name()).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  private static void publish(
      NewsstreamServer running, Topics topics, List<Article> articles, int rate) {
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
        running.clients().producer(), topics.paragraphs.keySerde().serializer(),
        topics.paragraphs.valueSerde().serializer())) {
      long start = System.nanoTime();
      int sent = 0;
      for (Article article : articles) {
        for (Paragraph paragraph : ParagraphPublisher.paragraphs(article, "bench", null, Instant.now())) {
          if (rate > 0) {
            long due = start + (long) (sent * 1e9 / rate);
            while (System.nanoTime() < due) {
              java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
            }
          }
          // Stamp the moment of sending, not of building, so latency excludes our own pacing.
          paragraph.setPublishedAt(Instant.now());
          producer.send(new ProducerRecord<>(topics.paragraphs.name(), paragraph.getArticleId(),
              paragraph));
          sent++;
        }
      }
      producer.flush();
    }
  }

  /** Per paragraph: [0] publish → visible to a consumer, [1] publish → enriched, in ms. */
  private static long[][] collect(
      KafkaConsumer<String, EnrichedParagraph> consumer, int expected, Duration limit) {
    List<Long> latencies = new ArrayList<>(expected);
    List<Long> enrichment = new ArrayList<>(expected);
    long deadline = System.nanoTime() + limit.toNanos();
    long lastProgress = System.nanoTime();
    while (latencies.size() < expected) {
      if (System.nanoTime() > deadline) {
        throw new UserException("only " + latencies.size() + " of " + expected
            + " paragraphs came out within " + limit.toMinutes() + " min");
      }
      for (ConsumerRecord<String, EnrichedParagraph> record : consumer.poll(Duration.ofMillis(200))) {
        Instant published = record.value().getParagraph().getPublishedAt();
        latencies.add(Duration.between(published, Instant.now()).toMillis());
        enrichment.add(Duration.between(published, record.value().getEnrichedAt()).toMillis());
      }
      if (System.nanoTime() - lastProgress > 5_000_000_000L) {
        Console.progress(latencies.size() + " of " + expected + " paragraphs enriched");
        lastProgress = System.nanoTime();
      }
    }
    return new long[][] {latencies.stream().mapToLong(Long::longValue).toArray(),
        enrichment.stream().mapToLong(Long::longValue).toArray()};
  }
}
