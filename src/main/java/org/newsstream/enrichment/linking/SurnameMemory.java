package org.newsstream.enrichment.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsstream.enrichment.entities.NameKey;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

/**
 * Cross-article surname links: a person mentioned by one word whose article never gave the full
 * name (its canonical name is that word), and whom the dictionary did not link, takes the id of
 * the one person recently named in full with that surname. The owners live in a {@link Store}:
 * a map for one process (annotate, evaluation), a state store in the stream.
 */
public final class SurnameMemory {
  /** Where each surname's owners are kept, by {@link #surnameKey}. */
  public interface Store {
    /** The owners remembered for {@code surname}, expired ones included; none when unknown. */
    SurnameOwners owners(String surname);

    /** {@code owner} was named in full at {@code owner.lastSeen()}. */
    void seen(String surname, SurnameOwners.Owner owner);
  }

  private final Duration memory;
  private final Store store;

  /** A memory of this process only; thread-safe. */
  public SurnameMemory(Duration memory) {
    this(memory, new InProcess(memory));
  }

  /** @param memory how long a full name stays the owner of its surname after it was last seen */
  public SurnameMemory(Duration memory, Store store) {
    if (memory.isNegative() || memory.isZero()) {
      throw new IllegalArgumentException("memory must be positive: " + memory);
    }
    this.memory = memory;
    this.store = Objects.requireNonNull(store);
  }

  public Duration memory() {
    return memory;
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
    return apply(canonical, type, link, now, true);
  }

  /**
   * {@link #apply(String, EntityType, Link, Instant)} on a linked entity, whose id and display
   * name it updates in place; an entity without an id (a record from before linking) is left
   * alone. Only a mention written in full makes its person an owner: "Kovalenko" that its
   * article (or this memory) resolved to "Andrii Kovalenko" does not renew the ownership it
   * may owe to an inference.
   */
  public Entity apply(Entity entity, Instant now) {
    if (entity.getId() == null) {
      return entity;
    }
    Link before = new Link(entity.getId(), entity.getCanonical(),
        entity.getId().startsWith(Link.WIKIPEDIA));
    Link after = apply(entity.getCanonical(), entity.getType(), before, now,
        NameKey.words(entity.getText()).size() >= 2);
    entity.setId(after.id());
    entity.setCanonical(after.display());
    return entity;
  }

  private Link apply(
      String canonical, EntityType type, Link link, Instant now, boolean writtenInFull) {
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
      // Decided here, once for every store, so the stream and annotate record alike.
      if (writtenInFull && store.owners(surname.get())
          .worthRecording(link.id(), link.display(), now, memory)) {
        store.seen(surname.get(), new SurnameOwners.Owner(link.id(), link.display(), now));
      }
      return link;
    }
    if (link.linked()) {
      return link;
    }
    return store.owners(surname.get()).unambiguous(now, memory)
        .map(owner -> new Link(owner.id(), owner.display(), owner.id().startsWith(Link.WIKIPEDIA)))
        .orElse(link);
  }

  /** Owners in a map: expired ones are dropped whenever their surname is seen again. */
  private static final class InProcess implements Store {
    private final Duration memory;
    private final Map<String, SurnameOwners> bySurname = new ConcurrentHashMap<>();

    InProcess(Duration memory) {
      this.memory = memory;
    }

    @Override
    public SurnameOwners owners(String surname) {
      return bySurname.getOrDefault(surname, SurnameOwners.none());
    }

    @Override
    public void seen(String surname, SurnameOwners.Owner owner) {
      bySurname.compute(surname, (key, owners) -> (owners == null ? SurnameOwners.none() : owners)
          .seen(owner.id(), owner.display(), owner.lastSeen(), memory));
    }
  }
}
