package org.newsstream.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Plain JSON for Avro records, as people and scripts expect it: unions unwrapped, timestamps as
 * ISO-8601, bytes as base64 (Avro's own JSON encoding wraps every union value in its type name).
 */
public final class AvroJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AvroJson() {}

  public static ObjectNode toJson(IndexedRecord record) {
    ObjectNode node = JSON.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(record.get(field.pos())));
    }
    return node;
  }

  private static JsonNode value(Object value) {
    if (value == null) {
      return JSON.nullNode();
    } else if (value instanceof IndexedRecord record) {
      return toJson(record);
    } else if (value instanceof Collection<?> items) {
      ArrayNode array = JSON.arrayNode();
      items.forEach(item -> array.add(value(item)));
      return array;
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), value(v)));
      return object;
    } else if (value instanceof Instant instant) {
      return JSON.textNode(instant.toString());
    } else if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return JSON.textNode(Base64.getEncoder().encodeToString(bytes));
    } else if (value instanceof Integer i) {
      return JSON.numberNode(i);
    } else if (value instanceof Long l) {
      return JSON.numberNode(l);
    } else if (value instanceof Double d) {
      return JSON.numberNode(d);
    } else if (value instanceof Float f) {
      return JSON.numberNode(f);
    } else if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    } else if (value instanceof Enum<?> e) {
      return JSON.textNode(e.name());
    } else if (value instanceof GenericEnumSymbol<?> symbol) {
      return JSON.textNode(symbol.toString());
    }
    return JSON.textNode(value.toString());
  }
}
