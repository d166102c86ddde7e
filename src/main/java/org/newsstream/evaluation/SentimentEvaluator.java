package org.newsstream.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.Sentiment;

/** Scores the enricher's paragraph sentiment against human ratings and labels. */
public final class SentimentEvaluator {
  /** Pearson r between the enricher's score and the human mean rating. */
  public record CorrelationReport(int texts, double pearson) {}

  /** 3-class agreement with gold labels. */
  public record ClassReport(int texts, double macroF1, double accuracy, List<String> gold,
      List<String> predicted) {}

  private static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  private SentimentEvaluator() {}

  /** Each text as a one-paragraph article. */
  public static CorrelationReport correlate(ParagraphEnricher enricher, List<SentimentData.Rated> data) {
    double[] ours = new double[data.size()];
    double[] theirs = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      ours[i] = enricher.annotate(data.get(i).text(), ArticleMemory.empty()).sentiment().getScore();
      theirs[i] = data.get(i).rating();
    }
    return new CorrelationReport(data.size(), Statistics.pearson(ours, theirs));
  }

  /** Each text as a one-paragraph article; the enricher's label against the gold one. */
  public static ClassReport classify(ParagraphEnricher enricher, List<SentimentData.Labelled> data) {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (SentimentData.Labelled item : data) {
      Sentiment sentiment = enricher.annotate(item.text(), ArticleMemory.empty()).sentiment();
      gold.add(item.label());
      predicted.add(sentiment.getLabel());
    }
    return new ClassReport(data.size(), Statistics.macroF1(CLASSES, gold, predicted),
        Statistics.accuracy(gold, predicted), gold, predicted);
  }
}
