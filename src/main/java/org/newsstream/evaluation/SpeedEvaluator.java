package org.newsstream.evaluation;

import java.util.List;
import java.util.function.Consumer;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.entities.NerTagger;
import org.newsstream.enrichment.text.Sentence;
import org.newsstream.enrichment.text.SentenceSplitter;

/**
 * Throughput of full enrichment against NER alone (sentence splitting plus the CRF), on the same
 * paragraphs, on one thread, after a warm-up pass over the first paragraphs. The two alternate
 * over {@code ROUNDS} rounds and each keeps its best round, so that load from other processes on
 * a shared machine biases neither.
 */
public final class SpeedEvaluator {
  /** Paragraphs per second of each, and their ratio. */
  public record Report(int paragraphs, double nerOnlyPerSecond, double fullPerSecond) {
    public double ratio() {
      return fullPerSecond / nerOnlyPerSecond;
    }
  }

  private static final int ROUNDS = 3;

  private SpeedEvaluator() {}

  /**
   * @param warmUp how many paragraphs to run through both first, untimed, for the JIT
   */
  public static Report measure(ParagraphEnricher enricher, NerTagger tagger,
      SentenceSplitter splitter, List<String> paragraphs, int warmUp) {
    Consumer<String> nerOnly = text -> {
      for (Sentence sentence : splitter.split(text)) {
        tagger.tag(sentence.tokens());
      }
    };
    Consumer<String> full = text -> enricher.annotate(text, ArticleMemory.empty());
    List<String> warm = paragraphs.subList(0, Math.min(warmUp, paragraphs.size()));
    warm.forEach(nerOnly);
    warm.forEach(full);
    double ner = 0;
    double all = 0;
    for (int round = 0; round < ROUNDS; round++) {
      ner = Math.max(ner, perSecond(nerOnly, paragraphs));
      all = Math.max(all, perSecond(full, paragraphs));
    }
    return new Report(paragraphs.size(), ner, all);
  }

  private static double perSecond(Consumer<String> work, List<String> paragraphs) {
    long started = System.nanoTime();
    paragraphs.forEach(work);
    return paragraphs.size() / ((System.nanoTime() - started) / 1e9);
  }
}
