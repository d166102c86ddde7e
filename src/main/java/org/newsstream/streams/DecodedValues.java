package org.newsstream.streams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A processor's key-value store with the values it last read or wrote kept decoded, so a hot
 * key's value is not decoded from bytes on every read. Kafka Streams' record cache holds bytes:
 * each {@code get}, even of an entry written a moment ago, runs the Avro decoder, and in a burst
 * those decodes were a sixth of the cross-article task's work besides the NLP (docs/performance.md,
 * session 13).
 *
 * <p>Only for a store the wrapping processor alone writes, through this wrapper: then what is
 * kept is the store's content. It is made anew in each {@code init}, so a task revived after an
 * aborted transaction reads its store again. Values are shared between reads, so callers must not
 * change a value they were given (the generated records are changed only through builders here).
 * Scans go to the store; writes go to both.
 */
final class DecodedValues<K, V> implements KeyValueStore<K, V> {
  private final KeyValueStore<K, V> store;
  private final Map<K, V> decoded;

  private DecodedValues(KeyValueStore<K, V> store, int capacity) {
    this.store = store;
    this.decoded = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** @param capacity values kept decoded, the most recently used */
  static <K, V> KeyValueStore<K, V> over(KeyValueStore<K, V> store, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    return new DecodedValues<>(store, capacity);
  }

  @Override
  public V get(K key) {
    V value = decoded.get(key);
    if (value == null) {
      value = store.get(key);
      if (value != null) {
        decoded.put(key, value);
      }
    }
    return value;
  }

  @Override
  public void put(K key, V value) {
    store.put(key, value);
    remember(key, value);
  }

  @Override
  public V putIfAbsent(K key, V value) {
    V old = get(key);
    if (old == null) {
      put(key, value);
    }
    return old;
  }

  @Override
  public void putAll(List<KeyValue<K, V>> entries) {
    store.putAll(entries);
    entries.forEach(kv -> remember(kv.key, kv.value));
  }

  @Override
  public V delete(K key) {
    decoded.remove(key);
    return store.delete(key);
  }

  private void remember(K key, V value) {
    if (value == null) {
      decoded.remove(key);
    } else {
      decoded.put(key, value);
    }
  }

  @Override
  public KeyValueIterator<K, V> range(K from, K to) {
    return store.range(from, to);
  }

  @Override
  public KeyValueIterator<K, V> reverseRange(K from, K to) {
    return store.reverseRange(from, to);
  }

  @Override
  public KeyValueIterator<K, V> all() {
    return store.all();
  }

  @Override
  public KeyValueIterator<K, V> reverseAll() {
    return store.reverseAll();
  }

  @Override
  public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix,
      PS prefixKeySerializer) {
    return store.prefixScan(prefix, prefixKeySerializer);
  }

  @Override
  public long approximateNumEntries() {
    return store.approximateNumEntries();
  }

  @Override
  public String name() {
    return store.name();
  }

  @Override
  public void init(StateStoreContext context, StateStore root) {
    throw new UnsupportedOperationException("a processor's view of a store is not initialised");
  }

  @Override
  public void flush() {
    store.flush();
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException("a processor's view of a store is not closed");
  }

  @Override
  public boolean persistent() {
    return store.persistent();
  }

  @Override
  public boolean isOpen() {
    return store.isOpen();
  }
}
