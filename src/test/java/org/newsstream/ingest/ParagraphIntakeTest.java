package org.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsstream.schema.Paragraph;
import org.newsstream.serde.AvroSerde;

/** Which records on the paragraphs topic are worth enriching, and why the others are not. */
class ParagraphIntakeTest {
  private static final AvroSerde<Paragraph> SERDE = AvroSerde.of(Paragraph.class);
  private final ParagraphIntake intake = new ParagraphIntake(SERDE.deserializer(), "news.paragraphs", 100);

  private static byte[] paragraph(String text) {
    return SERDE.encode(Paragraph.newBuilder().setArticleId("a1").setIndex(0).setText(text).build());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", " \n\t ", "\u00a0", " \u00a0\n ", "\u2007\u202f\u3000",
      "\u200b\ufeff "})
  void text_of_only_whitespace_of_any_kind_is_rejected_as_empty(String text) {
    ParagraphIntake.Outcome outcome = intake.read(paragraph(text));

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.rejection()).isEqualTo("paragraph text is empty");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"Kyiv says so.", "* * *", "—", "\u00a0Kyiv\u00a0"})
  void text_with_anything_visible_is_accepted(String text) {
    assertThat(intake.read(paragraph(text)).accepted()).isTrue();
  }

  @Test
  void text_over_the_limit_is_rejected_with_its_length() {
    assertThat(intake.read(paragraph("x".repeat(101))).rejection())
        .isEqualTo("paragraph text is 101 characters, over the limit of 100");
  }

  @Test
  void a_paragraph_written_with_a_compatible_schema_of_its_own_is_rejected_naming_its_fingerprint()
      throws Exception {
    Schema mine = SchemaBuilder.record("Paragraph").namespace("org.newsstream.schema").fields()
        .requiredString("articleId").requiredInt("index").requiredString("text")
        .optionalString("byline").endRecord();
    GenericRecord record = new GenericData.Record(mine);
    record.put("articleId", "a1");
    record.put("index", 0);
    record.put("text", "Kyiv says so.");
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), mine).encode(record).array();
    String wireFingerprint = HexFormat.of().formatHex(bytes, 2, 10);

    ParagraphIntake.Outcome outcome = intake.read(bytes);

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.rejection()).isEqualTo("not a Paragraph: written with a schema this"
        + " version does not know, fingerprint " + wireFingerprint
        + " (bytes 3-10); write with a schema from schemas/");
  }
}
