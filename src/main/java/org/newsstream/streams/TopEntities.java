package org.newsstream.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsstream.config.SpikeSettings;

/**
 * "Top entities now" from the {@value TrendsTopology#MENTIONS_STORE} store: the most mentioned
 * entities in the latest window that contains {@code now}, i.e. roughly the last window length.
 * A web layer gets the store with {@code streams.store(StoreQueryParameters.fromNameAndType(
 * TrendsTopology.MENTIONS_STORE, QueryableStoreTypes.windowStore()))}; on several instances each
 * holds only its partitions' entities.
 */
public final class TopEntities {
  private TopEntities() {}

  public static List<KeyValue<String, Long>> now(
      ReadOnlyWindowStore<String, Long> mentions, SpikeSettings settings, Instant now, int limit) {
    long advance = settings.advance().toMillis();
    long latestStart = Math.floorDiv(now.toEpochMilli(), advance) * advance
        - settings.window().toMillis() + advance;
    List<KeyValue<String, Long>> counts = new ArrayList<>();
    Instant start = Instant.ofEpochMilli(latestStart);
    try (KeyValueIterator<Windowed<String>, Long> all = mentions.fetchAll(start, start)) {
      all.forEachRemaining(kv -> counts.add(KeyValue.pair(kv.key.key(), kv.value)));
    }
    counts.sort(Comparator.comparing((KeyValue<String, Long> kv) -> kv.value).reversed()
        .thenComparing(kv -> kv.key));
    return counts.subList(0, Math.min(limit, counts.size()));
  }
}
