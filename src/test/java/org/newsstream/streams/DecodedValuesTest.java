package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodedValuesTest {
  private final AtomicInteger decodes = new AtomicInteger();
  private KeyValueStore<String, String> store;

  @BeforeEach
  void openStore() {
    Deserializer<String> strings = Serdes.String().deserializer();
    Serde<String> counting = Serdes.serdeFrom(Serdes.String().serializer(), (topic, bytes) -> {
      decodes.incrementAndGet();
      return strings.deserialize(topic, bytes);
    });
    store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("s"), Serdes.String(),
        counting).withLoggingDisabled().build();
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
  }

  @Test
  void aValueWrittenOrReadOnceIsNotDecodedAgain() {
    store.put("read", "before");
    KeyValueStore<String, String> view = DecodedValues.over(store, 10);

    view.put("written", "now");
    assertThat(view.get("written")).isEqualTo("now");
    assertThat(view.get("read")).isEqualTo("before");
    assertThat(view.get("read")).isEqualTo("before");

    assertThat(decodes).as("only the first read of a value written before").hasValue(1);
    assertThat(store.get("written")).as("written through to the store").isEqualTo("now");
  }

  @Test
  void deletesAndOverwritesAreSeen() {
    KeyValueStore<String, String> view = DecodedValues.over(store, 10);
    view.put("a", "1");
    view.put("a", "2");
    view.putAll(List.of(KeyValue.pair("b", "3"), KeyValue.pair("c", "4")));
    view.put("c", null);
    view.delete("b");

    assertThat(view.get("a")).isEqualTo("2");
    assertThat(view.get("b")).isNull();
    assertThat(view.get("c")).isNull();
    assertThat(view.putIfAbsent("a", "5")).isEqualTo("2");
    assertThat(view.putIfAbsent("b", "6")).isNull();
    assertThat(view.get("b")).isEqualTo("6");
    assertThat(store.get("a")).isEqualTo("2");
    assertThat(store.get("c")).isNull();
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedValues() {
    KeyValueStore<String, String> view = DecodedValues.over(store, 2);
    view.put("a", "1");
    view.put("b", "2");
    view.get("a");
    view.put("c", "3");

    decodes.set(0);
    assertThat(view.get("a")).isEqualTo("1");
    assertThat(view.get("c")).isEqualTo("3");
    assertThat(decodes).as("a and c kept").hasValue(0);
    assertThat(view.get("b")).isEqualTo("2");
    assertThat(decodes).as("b, the least recently used, read from the store").hasValue(1);
  }

  @Test
  void scansReadTheStore() {
    KeyValueStore<String, String> view = DecodedValues.over(store, 10);
    view.put("a", "1");
    view.put("b", "2");

    try (var all = view.all()) {
      assertThat(all).toIterable().extracting(kv -> kv.key + "=" + kv.value)
          .containsExactly("a=1", "b=2");
    }
  }
}
