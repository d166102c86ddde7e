package org.newsstream.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsstream.common.EntityKeys;
import org.newsstream.config.SpikeSettings;
import org.newsstream.trends.MentionBuckets;

/**
 * "Top entities now" from the {@value TrendsTopology#MENTIONS_STORE} store: the most mentioned
 * entities in the latest window that contains {@code now} (the sum of its buckets), i.e. roughly
 * the last window length,
 * counted by entity id and shown by display name.
 * A web layer gets the store with {@code streams.store(StoreQueryParameters.fromNameAndType(
 * TrendsTopology.MENTIONS_STORE, QueryableStoreTypes.windowStore()))}; on several instances each
 * holds only its partitions' entities.
 */
public final class TopEntities {
  private TopEntities() {}

  /**
   * @param id the store's key: the entity id, or the display name of a record without ids
   * @param display the name to show, from the id alone (the store keeps no names)
   */
  public record Count(String id, String display, long mentions) {}

  public static List<Count> now(
      ReadOnlyWindowStore<String, Long> mentions, SpikeSettings settings, Instant now, int limit) {
    long advance = settings.advance().toMillis();
    long latestStart = MentionBuckets.bucketOf(now.toEpochMilli(), advance)
        - settings.window().toMillis() + advance;
    List<Count> counts = new ArrayList<>();
    for (MentionBuckets.Window window :
        MentionBucketStore.windows(mentions, latestStart, latestStart, settings)) {
      counts.add(new Count(window.entity(), EntityKeys.display(window.entity()),
          window.mentions()));
    }
    counts.sort(Comparator.comparingLong(Count::mentions).reversed()
        .thenComparing(Count::display).thenComparing(Count::id));
    return counts.subList(0, Math.min(limit, counts.size()));
  }
}
