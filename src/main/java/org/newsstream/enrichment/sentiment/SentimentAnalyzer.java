package org.newsstream.enrichment.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.newsstream.enrichment.text.Sentence;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.Sentiment;

/**
 * Paragraph and per-entity sentiment from sentence scores. A paragraph scores the mean of its
 * sentences (a VADER sum over a whole paragraph saturates towards ±1 as it grows); an entity
 * scores the mean of the sentences that mention it. Pure and thread-safe.
 */
public final class SentimentAnalyzer {
  private final VaderScorer scorer;
  private final double neutralBand;

  /**
   * @param neutralBand scores with an absolute value below this are labelled neutral (VADER uses
   *     0.05)
   */
  public SentimentAnalyzer(VaderScorer scorer, double neutralBand) {
    this.scorer = scorer;
    this.neutralBand = neutralBand;
  }

  /** The compound score of one sentence's text. */
  public double score(String sentenceText) {
    return scorer.compound(sentenceText);
  }

  /** The labelled sentiment of a score. */
  public Sentiment label(double score) {
    String label = score >= neutralBand ? "positive" : score <= -neutralBand ? "negative" : "neutral";
    return Sentiment.newBuilder().setScore(score).setLabel(label).build();
  }

  /** The paragraph's sentiment: the mean of the scored sentences, neutral 0 when none was. */
  public Sentiment paragraph(List<OptionalDouble> sentenceScores) {
    double sum = 0;
    int n = 0;
    for (OptionalDouble score : sentenceScores) {
      if (score.isPresent()) {
        sum += score.getAsDouble();
        n++;
      }
    }
    return label(n == 0 ? 0 : sum / n);
  }

  /**
   * Sentiment per canonical entity, from the scored sentences its mentions fall in.
   *
   * @param sentenceScores one per sentence, empty where the sentence was not scored
   */
  public static List<EntitySentiment> perEntity(
      List<Sentence> sentences, List<OptionalDouble> sentenceScores, List<Entity> entities) {
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (Entity entity : entities) {
      int index = sentenceOf(sentences, entity.getStart());
      if (index < 0 || index >= sentenceScores.size() || sentenceScores.get(index).isEmpty()) {
        continue;
      }
      double[] total = totals.computeIfAbsent(entity.getCanonical(), k -> new double[2]);
      total[0] += sentenceScores.get(index).getAsDouble();
      total[1]++;
    }
    List<EntitySentiment> result = new ArrayList<>();
    totals.forEach(
        (canonical, total) ->
            result.add(
                EntitySentiment.newBuilder()
                    .setCanonical(canonical)
                    .setScore(total[0] / total[1])
                    .setMentions((int) total[1])
                    .build()));
    return result;
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset >= sentences.get(i).start() && offset < sentences.get(i).end()) {
        return i;
      }
    }
    return -1;
  }
}
