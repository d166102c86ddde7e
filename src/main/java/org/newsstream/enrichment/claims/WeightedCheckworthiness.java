package org.newsstream.enrichment.claims;

import java.util.Set;
import org.newsstream.schema.ClaimFlag;

/**
 * A transparent hand-set formula: a logistic function of the flags and of whether the sentence
 * names anything. A figure about a named thing, or an attributed figure, crosses 0.5; an
 * attribution or a hedge alone does not.
 */
public final class WeightedCheckworthiness implements CheckworthinessModel {
  private static final double BIAS = -1.6;

  @Override
  public double score(String sentence, Set<ClaimFlag> flags, int entities) {
    double z = BIAS
        + (flags.contains(ClaimFlag.NUMERIC) ? 1.4 : 0)
        + (flags.contains(ClaimFlag.ATTRIBUTED) ? 0.8 : 0)
        + (flags.contains(ClaimFlag.QUOTE) ? 0.3 : 0)
        + (flags.contains(ClaimFlag.HEDGED) ? 0.5 : 0)
        + (flags.contains(ClaimFlag.PREDICTION) ? 0.3 : 0)
        + (entities > 0 ? 0.4 : 0);
    return 1 / (1 + Math.exp(-z));
  }
}
