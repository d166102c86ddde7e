package org.newsstream.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.newsstream.common.EntityKeys;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;

/**
 * Counts entity mentions of the enriched paragraphs this process reads, in time buckets by event
 * time, copies left out, and answers "top entities over the last N minutes" from them.
 *
 * <p>Each instance counts every paragraph it reads, so the answer is whole on every instance. When
 * the trends topology's {@code entity-mention-buckets} window store exists, an implementation of
 * {@link TopEntities} over that store (fetching the window by interactive query) can replace this
 * one without the endpoint changing.
 */
public final class MentionWindow implements TopEntities {
  private final Clock clock;
  private final long bucketMillis;
  private final Duration retention;
  private final NavigableMap<Long, Map<String, Long>> buckets = new TreeMap<>();
  private final Map<String, Seen> seen = new HashMap<>();

  /** How an entity id was last shown: its display name and type. */
  public record Seen(String display, String type) {}

  /**
   * @param bucket counting granularity: a window is answered to within one bucket
   * @param retention longest window that can be asked for; older buckets are dropped
   */
  public MentionWindow(Clock clock, Duration bucket, Duration retention) {
    this.clock = clock;
    this.bucketMillis = bucket.toMillis();
    this.retention = retention;
  }

  /**
   * Counts every entity mention of the paragraph (a name mentioned twice counts twice) at its
   * event time, unless it is a copy of an earlier paragraph: the trends topology's counts skip
   * copies and window by event time, and a longer window must not tell a different story.
   *
   * @param eventTime the record's timestamp on the enriched topic: Streams carries the input
   *     record's timestamp over, so it is the time the trends topology windows by
   */
  public synchronized void add(EnrichedParagraph paragraph, Instant eventTime) {
    if (paragraph.getDuplicateOf() != null) {
      return;
    }
    long bucket = Math.floorDiv(eventTime.toEpochMilli(), bucketMillis);
    Map<String, Long> counts = buckets.computeIfAbsent(bucket, b -> new HashMap<>());
    for (Entity entity : paragraph.getEntities()) {
      String key = EntityKeys.of(entity);
      counts.merge(key, 1L, Long::sum);
      seen.put(key, new Seen(entity.getCanonical(), entity.getType().name()));
    }
    buckets.headMap(Math.floorDiv(
        clock.millis() - retention.toMillis(), bucketMillis), false).clear();
  }

  /** The display name and type an entity id had when last seen, or null. */
  public synchronized Seen lastSeen(String id) {
    return seen.get(id);
  }

  @Override
  public synchronized List<EntityCount> top(Duration window, int limit) {
    Instant now = clock.instant();
    long from = Math.floorDiv(now.minus(window).toEpochMilli(), bucketMillis);
    Map<String, Long> total = new HashMap<>();
    buckets.tailMap(from, true).values()
        .forEach(counts -> counts.forEach((name, n) -> total.merge(name, n, Long::sum)));
    return total.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(limit)
        .map(e -> new EntityCount(e.getKey(), seen.get(e.getKey()).display(),
            seen.get(e.getKey()).type(), e.getValue()))
        .toList();
  }
}
