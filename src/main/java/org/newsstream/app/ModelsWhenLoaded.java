package org.newsstream.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.TextAnalysis;

/**
 * The enricher whose models are still loading: Kafka Streams can join its group and restore its
 * stores meanwhile (seconds saved at every start), and the first paragraph waits for the models.
 */
final class ModelsWhenLoaded implements ParagraphEnricher {
  private final CompletableFuture<ParagraphEnricher> models;

  ModelsWhenLoaded(CompletableFuture<ParagraphEnricher> models) {
    this.models = models;
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory) {
    return loaded().annotate(text, memory);
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory, TextAnalysis analysis) {
    return loaded().annotate(text, memory, analysis);
  }

  @Override
  public Optional<TextAnalysis> analyze(String text) {
    return loaded().analyze(text);
  }

  private ParagraphEnricher loaded() {
    try {
      return models.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the enrichment models", e);
    } catch (ExecutionException e) {
      // The start-up fails on the same error and stops the pipeline; this paragraph is not lost,
      // its offset is not committed.
      throw new IllegalStateException("the enrichment models did not load: " + e.getCause(), e);
    }
  }
}
