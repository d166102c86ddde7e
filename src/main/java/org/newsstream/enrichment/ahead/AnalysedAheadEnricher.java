package org.newsstream.enrichment.ahead;

import java.util.Optional;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.TextAnalysis;

/**
 * Annotates with the analysis done ahead of the paragraph's turn when there is one, and does the
 * whole work itself otherwise: what comes out is the same either way.
 */
public final class AnalysedAheadEnricher implements ParagraphEnricher {
  private final ParagraphEnricher enricher;
  private final AnalysesAhead ahead;

  public AnalysedAheadEnricher(ParagraphEnricher enricher, AnalysesAhead ahead) {
    this.enricher = enricher;
    this.ahead = ahead;
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory) {
    Optional<TextAnalysis> analysis = ahead.take(text);
    return analysis.isPresent()
        ? enricher.annotate(text, memory, analysis.get())
        : enricher.annotate(text, memory);
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory, TextAnalysis analysis) {
    return enricher.annotate(text, memory, analysis);
  }

  @Override
  public Optional<TextAnalysis> analyze(String text) {
    return enricher.analyze(text);
  }
}
