package org.newsstream.enrichment;

import java.time.Duration;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.enrichment.entities.CrfNerTagger;

/**
 * Tunables of {@link DefaultParagraphEnricher}, validated on construction.
 *
 * @param budget wall-clock time one paragraph may take; past it the annotation is truncated
 * @param maxSentenceTokens longer sentences reach the NER model in pieces of this many tokens
 * @param maxSentimentTokens sentences longer than this get no sentiment score
 * @param maxClaimChars sentences longer than this are not considered as claims
 * @param neutralBand sentiment scores with absolute value below this are labelled neutral
 * @param demonymsAsCountries true: "North Korean" is the LOCATION "North Korea"; false: keep the
 *     tagger's type and text (the CoNLL-2003 convention)
 * @param nerModel classpath resource of the CRF NER model
 * @param places whether {@link org.newsstream.enrichment.entities.Places} names the tagger missed
 *     become LOCATION entities
 */
public record EnricherSettings(
    Duration budget,
    int maxSentenceTokens,
    int maxSentimentTokens,
    int maxClaimChars,
    double neutralBand,
    boolean demonymsAsCountries,
    String nerModel,
    boolean places) {

  public EnricherSettings {
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    if (maxSentenceTokens < 1 || maxSentimentTokens < 1 || maxClaimChars < 1) {
      throw new IllegalArgumentException("token and character limits must be positive");
    }
    if (neutralBand < 0 || neutralBand >= 1) {
      throw new IllegalArgumentException("neutralBand must be in [0, 1): " + neutralBand);
    }
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("nerModel must be named");
    }
  }

  /**
   * The production defaults: the configuration's default budget (2 s), 150-token NER pieces, and VADER's published 0.05
   * neutral band. The band is deliberately not tuned: the only labelled sentiment data we have
   * (Financial PhraseBank, NYT snippets) is for evaluation only, see docs/quality.md.
   */
  public static EnricherSettings defaults() {
    return new EnricherSettings(
        Durations.parse(NewsstreamConfig.DEFAULT_ENRICHMENT_BUDGET), 150, 200, 1_500, 0.05, true, CrfNerTagger.CONLL_4CLASS, true);
  }

  /** These settings with another time budget. */
  public EnricherSettings withBudget(Duration newBudget) {
    return new EnricherSettings(newBudget, maxSentenceTokens, maxSentimentTokens, maxClaimChars,
        neutralBand, demonymsAsCountries, nerModel, places);
  }

  /** These settings with demonyms kept as the tagger typed them, or turned into countries. */
  public EnricherSettings withDemonymsAsCountries(boolean asCountries) {
    return new EnricherSettings(budget, maxSentenceTokens, maxSentimentTokens, maxClaimChars,
        neutralBand, asCountries, nerModel, places);
  }
}
