package org.newsstream.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Paragraph sentiment over time, for the dashboard's chart: fine buckets of (sum, count) by
 * enrichment time, regrouped into a fixed number of points for whatever window is asked.
 */
public final class SentimentTimeline {
  private final Clock clock;
  private final long bucketMillis;
  private final Duration retention;
  private final NavigableMap<Long, double[]> buckets = new TreeMap<>();

  /** One point of the chart: the mean paragraph sentiment in [-1, 1] of the slot starting at {@code at}. */
  public record Point(Instant at, double mean, long paragraphs) {}

  public SentimentTimeline(Clock clock, Duration bucket, Duration retention) {
    this.clock = clock;
    this.bucketMillis = bucket.toMillis();
    this.retention = retention;
  }

  public synchronized void add(EnrichedParagraph paragraph) {
    long bucket = Math.floorDiv(paragraph.getEnrichedAt().toEpochMilli(), bucketMillis);
    double[] sumCount = buckets.computeIfAbsent(bucket, b -> new double[2]);
    sumCount[0] += paragraph.getSentiment().getScore();
    sumCount[1] += 1;
    buckets.headMap(Math.floorDiv(
        clock.millis() - retention.toMillis(), bucketMillis), false).clear();
  }

  /**
   * The window ending now cut into {@code slots} equal slots, oldest first; slots without a
   * paragraph are left out so the chart draws only what was measured.
   */
  public synchronized List<Point> points(Duration window, int slots) {
    long now = clock.millis();
    long slotMillis = Math.max(bucketMillis, window.toMillis() / slots);
    long start = now - slotMillis * slots;
    double[][] acc = new double[slots][2];
    buckets.tailMap(Math.floorDiv(start, bucketMillis), true).forEach((bucket, sumCount) -> {
      int slot = (int) ((bucket * bucketMillis - start) / slotMillis);
      if (slot >= 0 && slot < slots) {
        acc[slot][0] += sumCount[0];
        acc[slot][1] += sumCount[1];
      }
    });
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      if (acc[i][1] > 0) {
        points.add(new Point(Instant.ofEpochMilli(start + i * slotMillis),
            acc[i][0] / acc[i][1], (long) acc[i][1]));
      }
    }
    return points;
  }
}
