package org.newsstream.ingest;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsstream.schema.Paragraph;

/**
 * Decides whether the bytes of a record on the paragraphs topic are a paragraph worth enriching.
 * Pure: no Kafka, no state.
 */
public final class ParagraphIntake {
  private final Deserializer<Paragraph> decoder;
  private final String topic;
  private final int maxChars;

  /**
   * @param decoder the paragraphs topic's value deserializer, whatever the wire format
   * @param topic the topic the bytes were read from (a registry's deserializer may need it)
   */
  public ParagraphIntake(Deserializer<Paragraph> decoder, String topic, int maxChars) {
    this.decoder = decoder;
    this.topic = topic;
    this.maxChars = maxChars;
  }

  /** The outcome: exactly one of {@code paragraph} and {@code rejection} is non-null. */
  public record Outcome(Paragraph paragraph, String rejection, Exception cause) {
    static Outcome accepted(Paragraph paragraph) {
      return new Outcome(paragraph, null, null);
    }

    static Outcome rejected(String reason, Exception cause) {
      return new Outcome(null, reason, cause);
    }

    public boolean accepted() {
      return paragraph != null;
    }
  }

  public Outcome read(byte[] value) {
    if (value == null || value.length == 0) {
      return Outcome.rejected("empty record: no value", null);
    }
    Paragraph paragraph;
    try {
      paragraph = decoder.deserialize(topic, value);
    } catch (SerializationException e) {
      // The deserializer's own words: Newsstream's say "not a Paragraph …" and why.
      return Outcome.rejected(e.getMessage(), e);
    }
    String text = paragraph.getText();
    if (paragraph.getArticleId() == null || paragraph.getArticleId().isBlank()) {
      return Outcome.rejected("paragraph has no article id", null);
    }
    if (text == null || isBlank(text)) {
      return Outcome.rejected("paragraph text is empty", null);
    }
    if (text.length() > maxChars) {
      return Outcome.rejected(
          "paragraph text is " + text.length() + " characters, over the limit of " + maxChars, null);
    }
    return Outcome.accepted(paragraph);
  }

  /**
   * Nothing visible: {@link String#isBlank} misses the no-break spaces (U+00A0, U+2007, U+202F),
   * which are space separators but not Java whitespace, and the invisible format characters a
   * copy from a web page brings (zero-width space, byte-order mark).
   */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }
}
