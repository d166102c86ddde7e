package org.newsstream.streams;

import org.apache.kafka.streams.kstream.Repartitioned;

/** Repartition topics whose partition count is set where the inferred one would be wrong. */
final class Repartitions {
  private Repartitions() {}

  /**
   * {@code repartitioned} with {@code partitions} partitions, or as inferred by Streams (the most
   * of its sub-topology's source topics) for 0.
   */
  static <K, V> Repartitioned<K, V> of(Repartitioned<K, V> repartitioned, int partitions) {
    return partitions > 0 ? repartitioned.withNumberOfPartitions(partitions) : repartitioned;
  }
}
