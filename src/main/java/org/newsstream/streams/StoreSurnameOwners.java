package org.newsstream.streams;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.enrichment.linking.SurnameMemory;
import org.newsstream.enrichment.linking.SurnameOwners;
import org.newsstream.schema.SurnameOwnerEntry;
import org.newsstream.schema.SurnameOwnerList;

/**
 * The stream's {@link SurnameMemory.Store}: the story stage's {@code surname-owners} store, one
 * {@link SurnameOwnerList} per surname key. It lives in the single task of the story stage, so
 * every lookup and update happens in that topic's committed order and a replay after a crash
 * links exactly as the first run did (a global store fed from another topic did not: what a
 * lookup found depended on how far that topic had been read).
 */
final class StoreSurnameOwners implements SurnameMemory.Store {
  private final KeyValueStore<String, SurnameOwnerList> store;
  private final Duration memory;

  StoreSurnameOwners(KeyValueStore<String, SurnameOwnerList> store, Duration memory) {
    this.store = store;
    this.memory = memory;
  }

  @Override
  public SurnameOwners owners(String surname) {
    SurnameOwnerList stored = store.get(surname);
    if (stored == null) {
      return SurnameOwners.none();
    }
    return new SurnameOwners(stored.getOwners().stream()
        .map(o -> new SurnameOwners.Owner(o.getId(), o.getDisplay(), o.getLastSeen()))
        .toList());
  }

  @Override
  public void seen(String surname, SurnameOwners.Owner owner) {
    SurnameOwners updated =
        owners(surname).seen(owner.id(), owner.display(), owner.lastSeen(), memory);
    List<SurnameOwnerEntry> entries = updated.owners().stream()
        .map(o -> new SurnameOwnerEntry(o.id(), o.display(), o.lastSeen()))
        .toList();
    store.put(surname, new SurnameOwnerList(entries));
  }

  /** Forgets the surnames none of whose owners was seen within the memory before {@code now}. */
  void expire(long now) {
    long before = now - memory.toMillis();
    StoreStoryIndex.deleteWhere(store, list -> list.getOwners().stream()
        .allMatch(o -> o.getLastSeen().toEpochMilli() < before));
  }
}
