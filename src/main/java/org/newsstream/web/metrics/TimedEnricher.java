package org.newsstream.web.metrics;

import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.TextAnalysis;

/**
 * Times every paragraph an enricher annotates, failures included, without changing what it does;
 * the analyses done ahead of a paragraph's turn on a timer of their own.
 */
public final class TimedEnricher implements ParagraphEnricher {
  private final ParagraphEnricher delegate;
  private final Timer timer;
  private final Timer aheadTimer;

  public TimedEnricher(ParagraphEnricher delegate, Timer timer, Timer aheadTimer) {
    this.delegate = delegate;
    this.timer = timer;
    this.aheadTimer = aheadTimer;
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory) {
    Timer.Sample sample = Timer.start();
    try {
      return delegate.annotate(text, memory);
    } finally {
      sample.stop(timer);
    }
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory, TextAnalysis analysis) {
    Timer.Sample sample = Timer.start();
    try {
      return delegate.annotate(text, memory, analysis);
    } finally {
      sample.stop(timer);
    }
  }

  @Override
  public Optional<TextAnalysis> analyze(String text) {
    Timer.Sample sample = Timer.start();
    try {
      return delegate.analyze(text);
    } finally {
      sample.stop(aheadTimer);
    }
  }
}
