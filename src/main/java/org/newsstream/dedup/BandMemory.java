package org.newsstream.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paragraphs remembered under one band value of the duplicate search, in event-time order
 * (ties in the order remembered): what a lookup of that value compares a new paragraph with.
 * Immutable; {@link #remember} returns the next memory.
 *
 * <p>What is forgotten is decided by the stream's own time, never the wall clock: entries older
 * than the oldest time kept are neither compared nor written back, so a replay of the same input
 * decides the same, whenever the store's sweeps happen to run.
 */
public final class BandMemory {
  /** One remembered paragraph. */
  public record Seen(long eventTime, String paragraphId, TextFingerprint fingerprint) {}

  /** The original found, if any; and whether the value had too many candidates to say more. */
  public record Lookup(Optional<Seen> original, boolean saturated) {}

  private static final BandMemory EMPTY = new BandMemory(List.of());

  private final List<Seen> entries;

  private BandMemory(List<Seen> entries) {
    this.entries = entries;
  }

  public static BandMemory empty() {
    return EMPTY;
  }

  /** @param entries in event-time order, ties in the order remembered */
  public static BandMemory of(List<Seen> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).eventTime() < entries.get(i - 1).eventTime()) {
        throw new IllegalArgumentException("band entries out of event-time order at " + i);
      }
    }
    return entries.isEmpty() ? EMPTY : new BandMemory(List.copyOf(entries));
  }

  public List<Seen> entries() {
    return entries;
  }

  /**
   * The first of at most {@code maxCandidates} entries within {@code window} of {@code at} (and
   * not older than {@code oldestKept}) that {@code fingerprint} copies.
   */
  public Lookup find(TextFingerprint fingerprint, long at, long window, long oldestKept,
      int maxCandidates) {
    return find(new CopyVerdicts(fingerprint), at, window, oldestKept, maxCandidates);
  }

  /**
   * As {@link #find(TextFingerprint, long, long, long, int)}, with the verdicts of one paragraph's
   * earlier lookups (its other bands) reused rather than worked out again.
   */
  public Lookup find(CopyVerdicts verdicts, long at, long window, long oldestKept,
      int maxCandidates) {
    long from = Math.max(Math.max(at - window, 0), oldestKept);
    long to = at + window;
    int compared = 0;
    for (Seen seen : entries) {
      if (seen.eventTime() < from) {
        continue;
      }
      if (seen.eventTime() > to || compared == maxCandidates) {
        break;
      }
      compared++;
      if (verdicts.copies(seen)) {
        return new Lookup(Optional.of(seen), false);
      }
    }
    return new Lookup(Optional.empty(), compared >= maxCandidates);
  }

  /**
   * This memory with {@code seen} added after every entry of its event time or earlier, and
   * without the entries older than {@code oldestKept}; a paragraph older than that itself is not
   * added (as a window store drops a record for an expired segment).
   */
  public BandMemory remember(Seen seen, long oldestKept) {
    boolean added = seen.eventTime() < oldestKept;
    List<Seen> next = new ArrayList<>(entries.size() + 1);
    for (Seen entry : entries) {
      if (entry.eventTime() < oldestKept) {
        continue;
      }
      if (!added && entry.eventTime() > seen.eventTime()) {
        next.add(seen);
        added = true;
      }
      next.add(entry);
    }
    if (!added) {
      next.add(seen);
    }
    return new BandMemory(List.copyOf(next));
  }

  /** Whether nothing in it is as recent as {@code oldestKept}: the key can be deleted. */
  public boolean expired(long oldestKept) {
    return entries.isEmpty() || entries.get(entries.size() - 1).eventTime() < oldestKept;
  }
}
