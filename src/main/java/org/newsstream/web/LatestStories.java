package org.newsstream.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.newsstream.schema.StorySummary;

/**
 * The latest summary of each story seen on {@code news.stories}, as a compacted topic means it: a
 * newer record for a story id replaces the older one. At most {@code capacity} stories are kept;
 * beyond that the one whose last article is oldest goes, since it is the one least likely to be
 * asked for and the first to end up off any list.
 */
public final class LatestStories {
  /** Most recent last article first; the id breaks ties so that the order is total. */
  static final Comparator<StorySummary> MOST_RECENT_FIRST =
      Comparator.comparing(StorySummary::getLastSeen, Comparator.reverseOrder())
          .thenComparing(StorySummary::getStoryId);
  private final int capacity;
  private final Map<String, StorySummary> byId = new HashMap<>();
  private final TreeSet<StorySummary> byRecency = new TreeSet<>(MOST_RECENT_FIRST);

  /** @param capacity how many stories are kept, live and merged together */
  public LatestStories(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /** Keeps {@code story} in place of any earlier record of its id. */
  public synchronized void put(StorySummary story) {
    StorySummary earlier = byId.put(story.getStoryId(), story);
    if (earlier != null) {
      byRecency.remove(earlier);
    }
    byRecency.add(story);
    while (byId.size() > capacity) {
      byId.remove(byRecency.pollLast().getStoryId());
    }
  }

  /** A tombstone on the compacted topic: the story is gone. */
  public synchronized void remove(String storyId) {
    StorySummary earlier = byId.remove(storyId);
    if (earlier != null) {
      byRecency.remove(earlier);
    }
  }

  public synchronized Optional<StorySummary> get(String storyId) {
    return Optional.ofNullable(byId.get(storyId));
  }

  /** Up to {@code limit} stories not merged into another, most recent last article first. */
  public synchronized List<StorySummary> live(int limit) {
    return byRecency.stream().filter(s -> s.getMergedInto() == null).limit(limit).toList();
  }

  public synchronized int size() {
    return byId.size();
  }
}
