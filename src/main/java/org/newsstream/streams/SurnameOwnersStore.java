package org.newsstream.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.newsstream.enrichment.linking.SurnameMemory;
import org.newsstream.enrichment.linking.SurnameOwners;
import org.newsstream.schema.SurnameOwner;

/**
 * The stream's surname memory for one paragraph: owners are read from the global
 * {@code surname-owners} store, which holds every partition's sightings, and new sightings are
 * collected for the enrichment to write to the compacted topic that feeds that store (a global
 * store cannot be written to directly). One record per surname and person, not per surname:
 * two tasks that name two Kovalenkos at once each write their own, so neither overwrites the
 * other and the surname stays ambiguous, as it must.
 */
final class SurnameOwnersStore implements SurnameMemory.Store {
  static final String NAME = "surname-owners";
  /** A sighting this close after the stored one is not written: expiry a little early, far fewer writes. */
  private static final int RENEWALS_PER_MEMORY = 100;

  private final ReadOnlyKeyValueStore<String, SurnameOwner> owners;
  private final Duration renewAfter;
  private final Map<String, SurnameOwner> sightings = new LinkedHashMap<>();

  SurnameOwnersStore(ReadOnlyKeyValueStore<String, SurnameOwner> owners, Duration memory) {
    this.owners = owners;
    this.renewAfter = memory.dividedBy(RENEWALS_PER_MEMORY);
  }

  /** The key of one person's ownership of a surname; a surname key has no spaces. */
  static String key(String surname, String id) {
    return surname + " " + id;
  }

  @Override
  public SurnameOwners owners(String surname) {
    List<SurnameOwners.Owner> found = new ArrayList<>();
    try (KeyValueIterator<String, SurnameOwner> all =
        owners.prefixScan(surname + " ", new StringSerializer())) {
      all.forEachRemaining(kv -> found.add(new SurnameOwners.Owner(
          kv.value.getId(), kv.value.getDisplay(), kv.value.getLastSeenAt())));
    }
    return new SurnameOwners(found);
  }

  @Override
  public void seen(String surname, SurnameOwners.Owner owner) {
    String key = key(surname, owner.id());
    SurnameOwner stored = owners.get(key);
    if (stored != null && !stored.getLastSeenAt().plus(renewAfter).isBefore(owner.lastSeen())) {
      return;
    }
    SurnameOwner pending = sightings.get(key);
    if (pending == null || pending.getLastSeenAt().isBefore(owner.lastSeen())) {
      sightings.put(key, new SurnameOwner(surname, owner.id(), owner.display(), owner.lastSeen()));
    }
  }

  /** The sightings to write, by key. */
  Map<String, SurnameOwner> sightings() {
    return sightings;
  }
}
