package org.newsstream.enrichment;

import java.util.Optional;

/**
 * Enriches one paragraph of an article. Implementations load their models once and are safe to
 * call from several stream threads at once; the memory is per article and owned by the caller.
 */
public interface ParagraphEnricher {

  /**
   * Annotates {@code text}, reading and updating {@code memory} with the names it sees.
   *
   * @throws RuntimeException for a failure on this input; callers dead-letter the paragraph
   */
  Annotation annotate(String text, ArticleMemory memory);

  /**
   * The article-independent part of the work on {@code text}, for a caller that does it ahead of
   * the paragraph's turn; empty when this enricher has no such part. Safe from any thread.
   *
   * @throws RuntimeException for a failure on this input; annotating it will fail the same way
   */
  default Optional<TextAnalysis> analyze(String text) {
    return Optional.empty();
  }

  /**
   * As {@link #annotate(String, ArticleMemory)}, using {@code analysis} where it is of this text:
   * the result is the same as without it (only sooner).
   */
  default Annotation annotate(String text, ArticleMemory memory, TextAnalysis analysis) {
    return annotate(text, memory);
  }
}
