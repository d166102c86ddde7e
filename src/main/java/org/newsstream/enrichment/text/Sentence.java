package org.newsstream.enrichment.text;

import java.util.List;

/**
 * A sentence, or a bounded piece of an over-long one, with its tokens.
 *
 * @param start offset of the first token in the paragraph text
 * @param end offset after the last token (exclusive)
 */
public record Sentence(int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence's text, cut from the paragraph it came from. */
  public String text(String paragraph) {
    return paragraph.substring(start, end);
  }
}
