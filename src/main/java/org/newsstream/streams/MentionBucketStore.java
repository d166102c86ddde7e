package org.newsstream.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsstream.config.SpikeSettings;
import org.newsstream.trends.MentionBuckets;

/**
 * Hopping-window counts read from the {@value TrendsTopology#MENTIONS_STORE} store, which holds
 * one count per entity and bucket: what closing windows and "top entities now" both ask of it.
 */
final class MentionBucketStore {
  private MentionBucketStore() {}

  /** The counts of the windows starting in {@code [fromStart, toStart]}, oldest first. */
  static List<MentionBuckets.Window> windows(ReadOnlyWindowStore<String, Long> store,
      long fromStart, long toStart, SpikeSettings settings) {
    long size = settings.window().toMillis();
    long advance = settings.advance().toMillis();
    List<MentionBuckets.Bucket> buckets = new ArrayList<>();
    // Every bucket of those windows: from the first's start to the last's last bucket.
    try (KeyValueIterator<Windowed<String>, Long> stored = store.fetchAll(
        Instant.ofEpochMilli(fromStart), Instant.ofEpochMilli(toStart + size - advance))) {
      stored.forEachRemaining(kv -> buckets.add(
          new MentionBuckets.Bucket(kv.key.key(), kv.key.window().start(), kv.value)));
    }
    return MentionBuckets.windows(buckets, fromStart, toStart, size, advance);
  }
}
