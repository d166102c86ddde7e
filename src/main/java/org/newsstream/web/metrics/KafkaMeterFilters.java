package org.newsstream.web.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the Kafka clients' metrics fit Prometheus, where one name must always carry the same label
 * names and every series should mean something.
 */
final class KafkaMeterFilters {
  // Micrometer writes Kafka's tag names with dots: rocksdb-window-state-id arrives as rocksdb.window.state.id.
  private static final Pattern STORE_ID = Pattern.compile("(.+)\\.state\\.id");
  private static final String STORE_METRICS = "kafka.stream.state.";
  private static final Set<String> NAN_WHEN_IDLE = Set.of(
      "kafka.consumer.fetch.manager.records.lag.max", "kafka.consumer.fetch.manager.records.lag.avg");

  private KafkaMeterFilters() {}

  /**
   * Kafka Streams names a store's id label after the store's type ({@code rocksdb-state-id},
   * {@code rocksdb-window-state-id}, {@code in-memory-suppression-state-id}): Prometheus refuses
   * every store of a second type under a name already taken, restore latency among them, and
   * says so in a WARN. Stores other than RocksDB key-value ones (whose names stay) get their
   * type in the name instead: {@code kafka.stream.state.rocksdb.window.restore.latency.avg}.
   * Tags are left alone: Micrometer's Kafka binder recognises a meter it has bound by its tags,
   * and re-registers (with a WARN of its own) every one whose tags were rewritten.
   */
  static MeterFilter storeTypeInName() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith(STORE_METRICS)) {
          return id;
        }
        for (Tag tag : id.getTagsAsIterable()) {
          Matcher storeId = STORE_ID.matcher(tag.getKey());
          if (storeId.matches() && !storeId.group(1).equals("rocksdb")) {
            return id.withName(STORE_METRICS + storeId.group(1) + "."
                + id.getName().substring(STORE_METRICS.length()));
          }
        }
        return id;
      }
    };
  }

  /**
   * Since Kafka 4.1 a consumer reports each topic's metrics twice, the second copy (deprecated,
   * KIP-1109) with the topic's dots replaced by underscores. The copies of these topics are left out.
   */
  static MeterFilter noUnderscoredTopicCopies(Collection<String> topicNames) {
    Set<String> copies = topicNames.stream().filter(name -> name.contains("."))
        .map(name -> name.replace('.', '_')).collect(Collectors.toUnmodifiableSet());
    return MeterFilter.deny(id -> id.getName().startsWith("kafka.") && id.getTag("topic") != null
        && copies.contains(id.getTag("topic")));
  }

  /**
   * A partition's records-lag-max and -avg are statistics over the last minute's fetches, NaN
   * once none brought records: a caught-up consumer reads as NaN, not 0. The current lag
   * ({@code records.lag}) stays, and {@link ConsumerLag} gives each application's largest.
   */
  static MeterFilter noLagStatisticsThatAreNanWhenIdle() {
    return MeterFilter.deny(id -> NAN_WHEN_IDLE.contains(id.getName()));
  }
}
