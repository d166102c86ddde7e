package org.newsstream.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.newsstream.enrichment.ahead.AnalysesAhead;
import org.newsstream.ingest.ParagraphIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the article input partitions whose tasks run in this instance ahead of the stream
 * threads, and offers the texts of paragraphs waiting well behind the ones being processed to
 * {@link AnalysesAhead}. It only reads: it is in no group (it assigns itself partitions) and
 * commits nothing, so it cannot change what the pipeline emits, only how soon.
 *
 * <p>Only a backlog is worth it. A paragraph close to its turn would be analysed twice, by a
 * worker and then by its stream thread, which does not wait for a worker; at a steady rate the
 * stream threads keep up within a few records, and a text analysed ahead there only costs CPU
 * (docs/performance.md, session 16). So a record is offered only if it is at least
 * {@value #MIN_AHEAD} offsets past what its partition's task last committed; the reader skips
 * forward to there whenever it is behind it.
 *
 * <p>It also tells {@link InputBacklog} how many paragraphs wait past those commits, which decides
 * how often the stream threads commit ({@link PromptCommits}); so it runs without workers too,
 * its partitions then always paused.
 */
final class ParagraphsAhead implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ParagraphsAhead.class);
  /** How often the local partitions and their committed offsets are looked up. */
  private static final Duration FOLLOW_EVERY = Duration.ofMillis(200);
  /**
   * Offsets past the last commit before a record is worth analysing ahead: about a third of a
   * second of a partition's work at a moderate steady rate, a tenth in a burst.
   */
  static final int MIN_AHEAD = 100;
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration FULL_PAUSE = Duration.ofMillis(20);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Supplier<Set<TopicPartition>> localPartitions;
  private final ParagraphIntake intake;
  private final Optional<AnalysesAhead> ahead;
  private final InputBacklog backlog;
  private final Thread thread;
  private final Map<TopicPartition, Long> committed = new HashMap<>();
  private volatile boolean closed;

  private ParagraphsAhead(Properties consumerProps, Supplier<Set<TopicPartition>> localPartitions,
      ParagraphIntake intake, Optional<AnalysesAhead> ahead, InputBacklog backlog,
      String threadName) {
    Properties props = new Properties();
    props.putAll(consumerProps);
    // The group id lets it read the pipeline's committed offsets; it never joins or commits.
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
    this.localPartitions = localPartitions;
    this.intake = intake;
    this.ahead = ahead;
    this.backlog = backlog;
    this.thread = new Thread(this::run, threadName);
    this.thread.setDaemon(true);
  }

  /**
   * @param consumerProps a read_committed consumer's settings with the pipeline's group id
   * @param streams the application whose local tasks say which partitions to read
   * @param ahead where to offer texts; without it nothing is fetched, only the backlog followed
   */
  static ParagraphsAhead start(Properties consumerProps, KafkaStreams streams, String topic,
      ParagraphIntake intake, Optional<AnalysesAhead> ahead, InputBacklog backlog,
      String threadName) {
    ParagraphsAhead reader = new ParagraphsAhead(consumerProps,
        () -> localPartitions(streams, topic), intake, ahead, backlog, threadName);
    reader.thread.start();
    return reader;
  }

  static Set<TopicPartition> localPartitions(KafkaStreams streams, String topic) {
    return streams.metadataForLocalThreads().stream()
        .map(ThreadMetadata::activeTasks).flatMap(Set::stream)
        .flatMap(task -> task.topicPartitions().stream())
        .filter(tp -> tp.topic().equals(topic))
        .collect(Collectors.toSet());
  }

  private void run() {
    long nextFollow = 0;
    try {
      while (!closed) {
        try {
          if (System.nanoTime() >= nextFollow) {
            follow();
            nextFollow = System.nanoTime() + FOLLOW_EVERY.toNanos();
          }
          if (consumer.assignment().isEmpty()) {
            Thread.sleep(POLL.toMillis());
            continue;
          }
          if (!offer(consumer.poll(POLL))) {
            Thread.sleep(FULL_PAUSE.toMillis());
          }
        } catch (WakeupException e) {
          return;
        } catch (KafkaException | IllegalStateException e) {
          // Reading ahead only saves work: a failure here must never touch the pipeline (nor
          // end this thread: the application may be rebalancing or not running yet).
          log.warn("reading paragraphs ahead of the stream threads: {}", e.toString());
          Thread.sleep(FOLLOW_EVERY.toMillis());
          nextFollow = 0;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  /** Offers every accepted paragraph's text; false if the analyses were full. */
  private boolean offer(Iterable<ConsumerRecord<byte[], byte[]>> records) {
    Set<TopicPartition> full = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      TopicPartition tp = new TopicPartition(record.topic(), record.partition());
      if (full.contains(tp) || record.offset() < committed.getOrDefault(tp, 0L) + MIN_AHEAD) {
        continue;
      }
      ParagraphIntake.Outcome outcome = intake.read(record.value());
      if (outcome.accepted() && !ahead.get().offer(outcome.paragraph().getText())) {
        // Read again once there is room: from here on this partition's records wait.
        consumer.seek(tp, record.offset());
        full.add(tp);
      }
    }
    return full.isEmpty();
  }

  /**
   * Reads what this instance's tasks read, from {@value #MIN_AHEAD} past what they have
   * committed, and only where that far is there at all: without a backlog the partition is paused,
   * so at a steady rate the reader fetches nothing (fetching every record cost it about 0.3 ms
   * of CPU a paragraph at 280/s, docs/performance.md, session 16).
   */
  private void follow() {
    Set<TopicPartition> local = localPartitions.get();
    if (!local.equals(consumer.assignment())) {
      consumer.assign(local);
    }
    if (local.isEmpty()) {
      backlog.observed(0, System.nanoTime());
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(local, Duration.ofSeconds(2));
    Map<TopicPartition, Long> ends = consumer.endOffsets(local, Duration.ofSeconds(2));
    committed.clear();
    List<TopicPartition> idle = new ArrayList<>();
    List<TopicPartition> backlogged = new ArrayList<>();
    long waiting = 0;
    for (TopicPartition tp : local) {
      OffsetAndMetadata offset = done.get(tp);
      long last = offset == null ? 0 : offset.offset();
      committed.put(tp, last);
      long end = ends.getOrDefault(tp, 0L);
      waiting += Math.max(0, end - last);
      long from = last + MIN_AHEAD;
      if (ahead.isEmpty() || end <= from) {
        idle.add(tp);
        continue;
      }
      backlogged.add(tp);
      if (consumer.position(tp, Duration.ofSeconds(2)) < from) {
        consumer.seek(tp, from);
      }
    }
    consumer.pause(idle);
    consumer.resume(backlogged);
    long now = System.nanoTime();
    if (backlog.observed(waiting, now)) {
      if (backlog.behind(now)) {
        log.info("{} paragraphs wait past the last commit: committing every {} ms until caught up",
            waiting, StreamsProperties.BACKLOG_COMMIT_INTERVAL.toMillis());
      } else {
        log.info("caught up ({} paragraphs past the last commit): committing {} ms apart again",
            waiting, PromptCommits.EVERY.toMillis());
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
