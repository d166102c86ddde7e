package org.newsstream.dedup;

import org.newsstream.schema.EnrichedParagraph;

/** The {@code articleId/index} form that {@code duplicateOf} uses. */
public final class ParagraphIds {
  private ParagraphIds() {}

  public static String of(EnrichedParagraph enriched) {
    return enriched.getParagraph().getArticleId() + "/" + enriched.getParagraph().getIndex();
  }
}
