package org.newsstream.cli;

import java.time.Duration;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.enrichment.EnricherSettings;
import org.newsstream.enrichment.ParagraphEnricher;

/** Loads the production enricher (seconds: the NER model) with the user's time budget. */
final class Enrichers {
  private Enrichers() {}

  static ParagraphEnricher load(Duration budget) {
    return DefaultParagraphEnricher.load(EnricherSettings.defaults().withBudget(budget));
  }

}
