package org.newsstream.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro single-object encoding ({@code C3 01}, the writer schema's 8-byte fingerprint, then Avro
 * binary) for one generated record class. The fingerprint lets a reader resolve records written
 * with an older schema without a registry: older schemas are listed under
 * {@code schema-history/<RecordName>/} on the classpath, and every schema change keeps the
 * previous version there.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  private AvroSerde(Class<T> type, Collection<Schema> olderWriterSchemas) {
    TrustedPackages.install();
    this.type = type;
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = model.getSchema(type);
    SchemaStore.Cache known = new SchemaStore.Cache();
    olderWriterSchemas.forEach(known::addSchema);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, known);
  }

  /**
   * Lets Avro instantiate Newsstream's generated classes. Every serde does this; code that builds
   * records before any serde exists must call it first, because a builder filling in a default
   * that holds records (such as {@code EnrichedParagraph.entitySentiments}) is refused otherwise.
   */
  public static void trustGeneratedClasses() {
    TrustedPackages.install();
  }

  /** A serde for {@code type} that also reads every older schema kept on the classpath. */
  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
    return new AvroSerde<>(type, SchemaHistory.load(type.getSimpleName()));
  }

  /** A serde for {@code type} that also reads records written with {@code olderWriterSchemas}. */
  public static <T extends SpecificRecord> AvroSerde<T> withHistory(
      Class<T> type, Collection<Schema> olderWriterSchemas) {
    return new AvroSerde<>(type, olderWriterSchemas);
  }

  public byte[] encode(T record) {
    try {
      ByteBuffer buffer = encoder.encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e, e);
    }
  }

  /**
   * Decodes bytes written by {@link #encode} with this or an older schema.
   *
   * @throws SerializationException when the bytes are not a {@code T} in single-object encoding
   */
  public T decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return decoder.decode(bytes);
    } catch (MissingSchemaException e) {
      // Avro names the fingerprint as a decimal long; hex in wire order is what a hex dump shows.
      throw new SerializationException("not a " + type.getSimpleName()
          + ": written with a schema this version does not know,"
          + " fingerprint " + HexFormat.of().formatHex(bytes, 2, 10)
          + " (bytes 3-10); write with a schema from schemas/", e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "not a " + type.getSimpleName() + " in Avro single-object encoding: " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, record) -> record == null ? null : encode(record);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> decode(bytes);
  }

  /** Reads the older schemas of one record from {@code schema-history/<name>/index.txt}. */
  static final class SchemaHistory {
    private SchemaHistory() {}

    static List<Schema> load(String recordName) {
      List<Schema> schemas = new ArrayList<>();
      String dir = "schema-history/" + recordName + "/";
      ClassLoader loader = AvroSerde.class.getClassLoader();
      try (InputStream index = loader.getResourceAsStream(dir + "index.txt")) {
        if (index == null) {
          return schemas;
        }
        for (String file : new String(index.readAllBytes(), "UTF-8").split("\\R")) {
          if (file.isBlank()) {
            continue;
          }
          try (InputStream in = loader.getResourceAsStream(dir + file.strip())) {
            if (in == null) {
              throw new IllegalStateException("schema history lists a missing file: " + dir + file);
            }
            schemas.add(new Schema.Parser().parse(in));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return schemas;
    }
  }
}
