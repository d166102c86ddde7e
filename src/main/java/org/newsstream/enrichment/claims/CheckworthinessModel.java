package org.newsstream.enrichment.claims;

import java.util.Set;
import org.newsstream.schema.ClaimFlag;

/** Scores how worth checking a sentence is. Implementations are pure and thread-safe. */
public interface CheckworthinessModel {

  /**
   * @param sentence the sentence text
   * @param flags the flags {@link ClaimFlagger} gave it
   * @param entities how many named entities it mentions
   * @return a score in [0, 1]; 0.5 and above means check-worthy
   */
  double score(String sentence, Set<ClaimFlag> flags, int entities);
}
