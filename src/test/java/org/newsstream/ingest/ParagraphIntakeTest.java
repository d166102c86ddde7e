package org.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
