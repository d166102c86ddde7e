package org.newsstream.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hopping-window mention counts from counts per bucket one advance wide. A mention is counted
 * once, in its bucket, and a window's count is the sum of the {@code size / advance} buckets it
 * covers, taken when it is asked for: with ten-minute windows advancing each minute that is one
 * store write per entity and paragraph instead of ten (and one changelog record instead of ten).
 * Window starts are multiples of the advance, as bucket starts are, so each window covers whole
 * buckets and the sums are exactly the hopping-window counts. Pure.
 */
public final class MentionBuckets {
  private MentionBuckets() {}

  /** Mentions of one entity in the bucket {@code [start, start + advance)}. */
  public record Bucket(String entity, long start, long mentions) {}

  /** Mentions of one entity in the window {@code [start, start + size)}. */
  public record Window(String entity, long start, long mentions) {}

  /** The start of the bucket (and of the latest window) holding the time {@code at}. */
  public static long bucketOf(long at, long advance) {
    return Math.floorDiv(at, advance) * advance;
  }

  /**
   * The counts of every window starting in {@code [fromStart, toStart]}, oldest first and then by
   * entity; a window without mentions of an entity is not listed for it.
   *
   * @param buckets at least every bucket from {@code fromStart} to {@code toStart + size -
   *     advance}; buckets outside the windows are ignored
   */
  public static List<Window> windows(Iterable<Bucket> buckets, long fromStart, long toStart,
      long size, long advance) {
    long first = Math.floorDiv(fromStart + advance - 1, advance) * advance;
    Map<Long, Map<String, Long>> sums = new HashMap<>();
    for (Bucket bucket : buckets) {
      // The windows covering this bucket start in (bucket - size, bucket].
      long earliest = Math.max(first, bucket.start() - size + advance);
      long latest = Math.min(toStart, bucket.start());
      for (long start = earliest; start <= latest; start += advance) {
        sums.computeIfAbsent(start, s -> new HashMap<>())
            .merge(bucket.entity(), bucket.mentions(), Long::sum);
      }
    }
    List<Window> windows = new ArrayList<>();
    sums.forEach((start, counts) ->
        counts.forEach((entity, n) -> windows.add(new Window(entity, start, n))));
    windows.sort(Comparator.comparingLong(Window::start).thenComparing(Window::entity));
    return windows;
  }
}
