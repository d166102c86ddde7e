package org.newsstream.streams;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.NewsstreamConfig;

/** Kafka Streams settings of the pipeline, with Newsstream's safe defaults in one place. */
public final class StreamsProperties {
  static final long CACHE_BYTES = 128L * 1024 * 1024;
  /** Under exactly-once, how often a thread commits while its instance works through a backlog. */
  static final Duration BACKLOG_COMMIT_INTERVAL = Duration.ofMillis(200);

  private StreamsProperties() {}

  /**
   * @param applicationId the Kafka Streams application id (the consumer group and the prefix of
   *     every internal topic)
   * @param maxPollRecords bounded so that a poll's worth of work always fits in
   *     {@code max.poll.interval.ms}, even if every record uses its whole enrichment budget
   */
  public static Properties of(
      NewsstreamConfig config, KafkaClients clients, String applicationId, int maxPollRecords) {
    return of(config, clients, applicationId, maxPollRecords, Optional.empty());
  }

  /**
   * @param applicationServer this instance's HTTP {@code host:port}, where the other instances
   *     forward interactive queries for keys this one holds
   */
  public static Properties of(NewsstreamConfig config, KafkaClients clients, String applicationId,
      int maxPollRecords, Optional<String> applicationServer) {
    Properties props = clients.common();
    applicationServer.ifPresent(server -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server));
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.STATE_DIR_CONFIG,
        config.dataDir().resolve("streams").toAbsolutePath().toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
        config.exactlyOnce() ? StreamsConfig.EXACTLY_ONCE_V2 : StreamsConfig.AT_LEAST_ONCE);
    if (config.exactlyOnce()) {
      // Under exactly-once a task reads only committed records, so every internal hop waits for
      // a commit; a paragraph crosses two on its way to news.enriched. While the instance keeps
      // up, its tasks ask for a commit 50 ms after the last (PromptCommits; 50 ms instead of
      // Streams' 100 halved the median latency); this interval is the one of a backlog, where a
      // commit per 50 ms was half the broker's CPU (docs/performance.md, sessions 14 and 17).
      props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, BACKLOG_COMMIT_INTERVAL.toMillis());
    }
    // Recovery after a crash (docs/reliability.md): a restarted instance rejoins under its old
    // static member id and is given its tasks back at once; a dead instance that does not come
    // back loses its partitions to the others after 10 s, not the consumer default 45 s.
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
        applicationId + "-" + InstanceIdentity.of(config.dataDir()));
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 2_000);
    // Renaming a processor must never silently orphan a changelog or repartition topic.
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // Whatever a topology cannot read, process or write ends on the dead-letter topic, in the
    // same transaction as the task's other output, and the task goes on (never stuck on a record).
    props.put(DeadLetterRecords.TOPIC_CONFIG, config.topics().deadLetter());
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterDeserializationHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterProductionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), maxPollRecords);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    // Streams' 10 MB record cache, shared by every cached store of a thread, was full at once
    // (the copy bands' sketches, the article and story tables): a burst's profile showed puts
    // evicting their store's eldest entry and flushing its dirty entries to RocksDB and the
    // changelog mid-interval, so the caches coalesced little. With 128 MB the story tallies'
    // changelog fell from 0.76 to 0.07 records per paragraph (docs/performance.md, session 12).
    // Clean entries stay as a read cache, so the heap holds up to this much more.
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, CACHE_BYTES);
    return props;
  }

}
