package org.newsstream.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each paragraph of one article was seen, and whether a paragraph seen now under its own
 * {@code articleId/index} is that article republished: it is when any earlier sighting lies
 * within the window. One value per article, so an article's paragraphs share one store entry
 * (and, cached, one changelog record per commit) instead of one each. Times older than what is
 * kept are never used and are dropped whenever the value is written. Pure and immutable.
 */
public final class ParagraphSightings {
  private final Map<Integer, List<Long>> times;

  private ParagraphSightings(Map<Integer, List<Long>> times) {
    this.times = times;
  }

  public static ParagraphSightings none() {
    return new ParagraphSightings(Map.of());
  }

  /** @param times event times per paragraph index, oldest first */
  public static ParagraphSightings of(Map<Integer, List<Long>> times) {
    Map<Integer, List<Long>> copy = new TreeMap<>();
    times.forEach((index, at) -> copy.put(index, List.copyOf(at)));
    return new ParagraphSightings(copy);
  }

  /** Event times per paragraph index, oldest first, indexes in order. */
  public Map<Integer, List<Long>> times() {
    return times;
  }

  public boolean isEmpty() {
    return times.isEmpty();
  }

  /**
   * What seeing paragraph {@code index} at {@code at} means.
   *
   * @param window a sighting within this distance (either side) makes it a republication
   * @param oldestKept sightings before this are forgotten; a paragraph before it is not kept
   */
  public Sighting see(int index, long at, long window, long oldestKept) {
    List<Long> earlier = times.getOrDefault(index, List.of());
    long from = Math.max(Math.max(at - window, 0), oldestKept);
    for (long t : earlier) {
      if (t >= from && t <= at + window) {
        return new Sighting(true, this);
      }
    }
    if (at < oldestKept) {
      return new Sighting(false, this);
    }
    ParagraphSightings kept = forgetBefore(oldestKept);
    Map<Integer, List<Long>> next = new TreeMap<>(kept.times);
    List<Long> mine = new ArrayList<>(next.getOrDefault(index, List.of()));
    mine.add(at);
    mine.sort(null);
    next.put(index, List.copyOf(mine));
    return new Sighting(false, new ParagraphSightings(next));
  }

  /** These sightings without the times before {@code oldestKept} (and paragraphs left with none). */
  public ParagraphSightings forgetBefore(long oldestKept) {
    Map<Integer, List<Long>> kept = new TreeMap<>();
    times.forEach((index, at) -> {
      List<Long> recent = at.stream().filter(t -> t >= oldestKept).toList();
      if (!recent.isEmpty()) {
        kept.put(index, recent);
      }
    });
    return kept.equals(times) ? this : new ParagraphSightings(kept);
  }

  /**
   * @param republished the paragraph was seen within the window before
   * @param after the sightings to keep; the same object when nothing is to be written
   */
  public record Sighting(boolean republished, ParagraphSightings after) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof ParagraphSightings that && times.equals(that.times);
  }

  @Override
  public int hashCode() {
    return times.hashCode();
  }

  @Override
  public String toString() {
    return "ParagraphSightings" + times;
  }
}
