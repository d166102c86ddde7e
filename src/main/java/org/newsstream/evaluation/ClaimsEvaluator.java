package org.newsstream.evaluation;

import java.util.List;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.Claim;

/**
 * Scores check-worthiness as CheckThat! does: F1 of the Yes class. A sentence, enriched as a
 * one-paragraph article, counts as check-worthy when its highest claim check-worthiness is 0.5 or
 * more.
 */
public final class ClaimsEvaluator {
  /** The counts of the Yes class. */
  public record Report(int sentences, Counts yes) {}

  private ClaimsEvaluator() {}

  public static Report evaluate(ParagraphEnricher enricher, List<CheckThatData.Item> items) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (CheckThatData.Item item : items) {
      double max = enricher.annotate(item.text(), ArticleMemory.empty()).claims().stream()
          .mapToDouble(Claim::getCheckworthiness).max().orElse(0);
      boolean yes = max >= 0.5;
      tp += yes && item.checkworthy() ? 1 : 0;
      fp += yes && !item.checkworthy() ? 1 : 0;
      fn += !yes && item.checkworthy() ? 1 : 0;
    }
    return new Report(items.size(), new Counts(tp, fp, fn));
  }
}
