package org.newsstream.enrichment;

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
}
