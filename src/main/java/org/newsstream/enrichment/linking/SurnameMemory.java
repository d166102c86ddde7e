package org.newsstream.enrichment.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsstream.enrichment.entities.NameKey;
import org.newsstream.schema.EntityType;

/**
 * Cross-article surname links for one process (the annotate command, evaluation); in the stream
 * the same {@link SurnameOwners} values belong in a store keyed by {@link #surnameKey}. Applies
 * only to a person mentioned by one word whose article never gave the full name (its canonical
 * name is that word) and whom the dictionary did not link. Thread-safe.
 */
public final class SurnameMemory {
  private final Duration memory;
  private final Map<String, SurnameOwners> bySurname = new ConcurrentHashMap<>();

  /** @param memory how long a full name stays the owner of its surname after it was last seen */
  public SurnameMemory(Duration memory) {
    if (memory.isNegative() || memory.isZero()) {
      throw new IllegalArgumentException("memory must be positive: " + memory);
    }
    this.memory = memory;
  }

  /** The key a surname's owners are stored under: the last word of the name, normalised. */
  public static Optional<String> surnameKey(String name) {
    List<String> words = NameKey.words(name);
    return words.isEmpty() || words.get(0).isEmpty()
        ? Optional.empty() : Optional.of(words.get(words.size() - 1));
  }

  /**
   * The link to use for this entity: the remembered full name's for a bare surname with one
   * recent owner, else {@code link} unchanged. A full person name is remembered as its
   * surname's owner.
   */
  public Link apply(String canonical, EntityType type, Link link, Instant now) {
    Objects.requireNonNull(link);
    if (type != EntityType.PERSON) {
      return link;
    }
    List<String> words = NameKey.words(canonical);
    Optional<String> surname = surnameKey(canonical);
    if (surname.isEmpty()) {
      return link;
    }
    if (words.size() >= 2) {
      bySurname.compute(surname.get(), (key, owners) ->
          (owners == null ? SurnameOwners.none() : owners).seen(link.id(), link.display(), now, memory));
      return link;
    }
    if (link.linked()) {
      return link;
    }
    return Optional.ofNullable(bySurname.get(surname.get()))
        .flatMap(owners -> owners.unambiguous(now, memory))
        .map(owner -> new Link(owner.id(), owner.display(), owner.id().startsWith(Link.WIKIPEDIA)))
        .orElse(link);
  }
}
