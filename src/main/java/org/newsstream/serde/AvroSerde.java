package org.newsstream.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
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
  private static final byte[] MAGIC = {(byte) 0xC3, 0x01};
  private static final int HEADER_LENGTH = MAGIC.length + 8;
  // One output buffer and one encoder per thread, reused record after record: Avro's
  // BinaryMessageEncoder copies each record twice (into a ByteBuffer, then out of it), and its
  // decoder reads the bytes one at a time through a synchronised ByteArrayInputStream. In a
  // burst's profile those copies and reads were a third of the Avro samples.
  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);
  private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();

  private final Class<T> type;
  private final byte[] header;
  private final DatumWriter<T> writer;
  /** A reader per writer schema this version knows, by the schema's CRC-64-AVRO fingerprint. */
  private final Map<Long, DatumReader<T>> readers = new HashMap<>();

  private AvroSerde(Class<T> type, Collection<Schema> olderWriterSchemas) {
    TrustedPackages.install();
    this.type = type;
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = model.getSchema(type);
    this.header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
        .put(MAGIC).putLong(SchemaNormalization.parsingFingerprint64(schema)).array();
    this.writer = new SpecificDatumWriter<>(schema, model);
    for (Schema older : olderWriterSchemas) {
      readers.put(SchemaNormalization.parsingFingerprint64(older),
          new SpecificDatumReader<>(older, schema, model));
    }
    readers.put(SchemaNormalization.parsingFingerprint64(schema),
        new SpecificDatumReader<>(schema, schema, model));
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
    Output output = OUTPUT.get();
    try {
      output.bytes.reset();
      output.bytes.write(header, 0, header.length);
      writer.write(record, output.encoder);
      output.encoder.flush();
      return output.bytes.toByteArray();
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
    if (bytes.length < HEADER_LENGTH || bytes[0] != MAGIC[0] || bytes[1] != MAGIC[1]) {
      throw new SerializationException("not a " + type.getSimpleName()
          + " in Avro single-object encoding: " + (bytes.length < HEADER_LENGTH
              ? bytes.length + " bytes, shorter than the header"
              : "the first bytes are " + HexFormat.of().formatHex(bytes, 0, 2) + ", not c301"));
    }
    long fingerprint = ByteBuffer.wrap(bytes, MAGIC.length, 8).order(ByteOrder.LITTLE_ENDIAN)
        .getLong();
    DatumReader<T> reader = readers.get(fingerprint);
    if (reader == null) {
      // Hex in wire order is what a hex dump of the record shows.
      throw new SerializationException("not a " + type.getSimpleName()
          + ": written with a schema this version does not know,"
          + " fingerprint " + HexFormat.of().formatHex(bytes, 2, 10)
          + " (bytes 3-10); write with a schema from schemas/");
    }
    try {
      BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
          bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, DECODER.get());
      DECODER.set(decoder);
      return reader.read(null, decoder);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "not a " + type.getSimpleName() + " in Avro single-object encoding: " + e, e);
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

  /** A thread's growable output buffer and the buffered binary encoder that writes into it. */
  private static final class Output {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
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
