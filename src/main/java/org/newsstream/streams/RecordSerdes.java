package org.newsstream.streams;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * How a generated record class is written on the wire, topics and stores alike. Newsstream's is
 * {@code AvroSerde::of} (single-object encoding); a schema registry's serde goes here instead.
 */
@FunctionalInterface
public interface RecordSerdes {
  <T extends SpecificRecord> Serde<T> of(Class<T> type);
}
