package org.newsstream.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newsstream.schema.Alert;

/**
 * The most recent alerts in a bounded ring, and the subscribers that get each new one as it
 * arrives. One lock covers the ring and the subscribers, so a subscriber that replays the ring and
 * then listens never misses or repeats an alert between the two.
 */
public final class AlertFeed {
  private final int capacity;
  private final Deque<FeedEntry> ring = new ArrayDeque<>();
  private final List<Consumer<FeedEntry>> subscribers = new ArrayList<>();
  private long lastSequence;

  /** @param capacity how many alerts are kept for {@code /api/alerts} and for resuming clients */
  public AlertFeed(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /** Records an alert and hands it to every subscriber, in arrival order. */
  public synchronized FeedEntry publish(Alert alert) {
    FeedEntry entry = new FeedEntry(++lastSequence, alert);
    ring.addLast(entry);
    if (ring.size() > capacity) {
      ring.removeFirst();
    }
    for (Consumer<FeedEntry> subscriber : List.copyOf(subscribers)) {
      subscriber.accept(entry);
    }
    return entry;
  }

  /** Up to {@code limit} most recent entries, newest first. */
  public synchronized List<FeedEntry> recent(int limit) {
    List<FeedEntry> out = new ArrayList<>(Math.min(limit, ring.size()));
    var it = ring.descendingIterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next());
    }
    return out;
  }

  /**
   * Replays the kept entries after {@code afterSequence} that pass {@code filter} (oldest first, at
   * most the last {@code maxReplay} of them), then delivers every new one that passes, until the
   * returned handle is closed.
   */
  public synchronized AutoCloseable subscribe(long afterSequence, int maxReplay,
      Predicate<Alert> filter, Consumer<FeedEntry> subscriber) {
    List<FeedEntry> missed = ring.stream()
        .filter(e -> e.sequence() > afterSequence && filter.test(e.alert())).toList();
    missed.subList(Math.max(0, missed.size() - maxReplay), missed.size()).forEach(subscriber);
    Consumer<FeedEntry> filtered = entry -> {
      if (filter.test(entry.alert())) {
        subscriber.accept(entry);
      }
    };
    subscribers.add(filtered);
    return () -> unsubscribe(filtered);
  }

  /** The sequence of the newest entry, 0 before the first. */
  public synchronized long lastSequence() {
    return lastSequence;
  }

  synchronized int subscriberCount() {
    return subscribers.size();
  }

  private synchronized void unsubscribe(Consumer<FeedEntry> subscriber) {
    subscribers.remove(subscriber);
  }
}
