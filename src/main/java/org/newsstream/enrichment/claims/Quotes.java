package org.newsstream.enrichment.claims;

/**
 * Quotation marks and where direct speech is in a paragraph: from an opening mark to its closing
 * one, or to the end of the paragraph when it is not closed (a quote running on into the next
 * paragraph, as news writes them). Pure and thread-safe.
 */
public final class Quotes {
  private static final String OPENING = "“«„";
  private static final String CLOSING = "”»";

  private Quotes() {}

  /** Whether {@code c} is a quotation mark: curly, guillemet, low or straight double quote. */
  public static boolean isMark(char c) {
    return c == '"' || OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0;
  }

  /** Whether {@code text} has any quotation mark. */
  public static boolean anyIn(String text) {
    return text.chars().anyMatch(c -> isMark((char) c));
  }

  /** Whether {@code text} opens with a quotation mark (after white space). */
  public static boolean opens(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty()
        && (stripped.charAt(0) == '"' || OPENING.indexOf(stripped.charAt(0)) >= 0);
  }

  /** Whether {@code offset} lies inside a quotation in {@code paragraph}. */
  public static boolean inside(String paragraph, int offset) {
    boolean quoted = false;
    for (int i = 0; i < Math.min(offset, paragraph.length()); i++) {
      char c = paragraph.charAt(i);
      if (OPENING.indexOf(c) >= 0) {
        quoted = true;
      } else if (CLOSING.indexOf(c) >= 0) {
        quoted = false;
      } else if (c == '"') {
        quoted = !quoted;
      }
    }
    return quoted;
  }
}
