package org.newsstream.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.schema.SurnameOwner;

/**
 * Keeps the global {@code surname-owners} store equal to its compacted topic. It stores records
 * as they come, with no logic of its own, because Kafka Streams may also restore the store
 * from the topic directly.
 */
final class SurnameOwnersUpdate implements Processor<String, SurnameOwner, Void, Void> {
  private KeyValueStore<String, SurnameOwner> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(SurnameOwnersStore.NAME);
  }

  @Override
  public void process(Record<String, SurnameOwner> record) {
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
  }
}
