package org.newsstream.enrichment.claims;

/**
 * Where direct speech is in a paragraph: from an opening quotation mark to its closing one, or to
 * the end of the paragraph when it is not closed (a quote running on into the next paragraph, as
 * news writes them). Pure and thread-safe.
 */
public final class Quotes {
  private Quotes() {}

  /** Whether {@code offset} lies inside a quotation in {@code paragraph}. */
  public static boolean inside(String paragraph, int offset) {
    boolean quoted = false;
    for (int i = 0; i < Math.min(offset, paragraph.length()); i++) {
      char c = paragraph.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        quoted = true;
      } else if (c == '”' || c == '»') {
        quoted = false;
      } else if (c == '"') {
        quoted = !quoted;
      }
    }
    return quoted;
  }
}
