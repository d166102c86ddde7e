package org.newsstream.common;

import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Copies of generated Avro records that share the field values instead of copying them. A
 * generated {@code newBuilder(record)} copies every list and nested record, deeply: for an
 * enriched paragraph given its story id, that is every entity, claim and sentiment once more per
 * stage, a few per cent of a burst's non-NLP CPU (docs/performance.md, session 14). Records in
 * Newsstream are never changed once built, so sharing their values is safe; set a field on the
 * copy, never change a list it shares.
 */
public final class RecordCopies {
  private RecordCopies() {}

  @SuppressWarnings("unchecked")
  public static <T extends SpecificRecordBase> T shallow(T record) {
    T copy = (T) SpecificData.newInstance(record.getClass(), record.getSchema());
    int fields = record.getSchema().getFields().size();
    for (int field = 0; field < fields; field++) {
      copy.put(field, record.get(field));
    }
    return copy;
  }
}
