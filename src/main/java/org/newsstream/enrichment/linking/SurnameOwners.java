package org.newsstream.enrichment.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a surname has recently stood for across articles: the value a store keyed by surname
 * holds. A later article that says only "Kovalenko" may take the id of the one person recently
 * named in full with that surname ("Andrii Kovalenko"), and of no one when two were: a guess
 * between two people is worse than an id from the bare name. Immutable.
 */
public record SurnameOwners(List<Owner> owners) {
  /** A person named in full, and when they were last seen. */
  public record Owner(String id, String display, Instant lastSeen) {}

  public SurnameOwners {
    owners = List.copyOf(owners);
  }

  public static SurnameOwners none() {
    return new SurnameOwners(List.of());
  }

  /**
   * These owners with {@code id} seen at {@code at}, and without those not seen within
   * {@code memory} of it (so the value never grows without bound).
   */
  public SurnameOwners seen(String id, String display, Instant at, Duration memory) {
    List<Owner> kept = new ArrayList<>();
    for (Owner owner : owners) {
      if (!owner.id().equals(id) && !expired(owner, at, memory)) {
        kept.add(owner);
      }
    }
    kept.add(new Owner(id, display, at));
    return new SurnameOwners(kept);
  }

  /**
   * Whether a sighting of {@code id} at {@code at} is worth recording: a new owner, a new display
   * name, or one seen later than a hundredth of {@code memory} after the recorded sighting. A
   * person named in every paragraph would otherwise rewrite the store (and the stream's
   * changelog) on every paragraph; the cost is an owner expiring up to 1 % of the memory early.
   * A sighting older than the recorded one never moves it back.
   */
  public boolean worthRecording(String id, String display, Instant at, Duration memory) {
    return owners.stream().filter(o -> o.id().equals(id) && o.display().equals(display))
        .findFirst()
        .map(known -> at.isAfter(known.lastSeen().plus(memory.dividedBy(100))))
        .orElse(true);
  }

  /**
   * The one owner seen within {@code memory} before {@code now}; empty if none or several. An
   * owner last seen after {@code now} does not count: in the stream, whether such a later
   * sighting is already in the store when an earlier mention is enriched is a matter of timing,
   * and a decision should rest on what came before the mention in event time. Only the latest
   * sighting is kept, so an owner renewed after the mention is skipped too: the mention stays
   * unlinked rather than linked by timing.
   */
  public Optional<Owner> unambiguous(Instant now, Duration memory) {
    List<Owner> recent = owners.stream()
        .filter(o -> !o.lastSeen().isAfter(now) && !expired(o, now, memory)).toList();
    return recent.size() == 1 ? Optional.of(recent.get(0)) : Optional.empty();
  }

  private static boolean expired(Owner owner, Instant now, Duration memory) {
    return owner.lastSeen().plus(memory).isBefore(now);
  }
}
