package org.newsstream.enrichment;

import org.newsstream.enrichment.entities.CrfNerTagger;

/** The NER model, loaded once per test JVM however many test classes need it (it takes seconds). */
public final class TestModels {
  private TestModels() {}

  private static final class Holder {
    private static final CrfNerTagger TAGGER = CrfNerTagger.load(CrfNerTagger.CONLL_4CLASS);
  }

  /** The CoNLL 4-class CRF tagger. */
  public static CrfNerTagger tagger() {
    return Holder.TAGGER;
  }
}
