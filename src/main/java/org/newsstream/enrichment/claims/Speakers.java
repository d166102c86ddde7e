package org.newsstream.enrichment.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier paragraphs of the article say about who is speaking: the people the latest
 * paragraph that named any named (the candidates for a pronoun such as "he said"), the genders the
 * article revealed, and the source of the latest attributed claim (the speaker of a following quote
 * paragraph that names none, the convention of multi-paragraph quotes in news). Immutable.
 *
 * @param lastSpeaker null when no one is speaking
 */
public record Speakers(List<String> recentPeople, Map<String, Gender> genders, String lastSpeaker) {
  /** Nothing known: the first paragraph of an article, or a paragraph on its own. */
  public static final Speakers NONE = new Speakers(List.of(), Map.of(), null);

  public Speakers {
    recentPeople = List.copyOf(recentPeople);
    genders = Map.copyOf(genders);
  }

  /** The same, with {@code speaker} speaking. */
  public Speakers speaking(String speaker) {
    return new Speakers(recentPeople, genders, speaker);
  }

  /**
   * The one person a pronoun of {@code gender} can refer to among {@code candidates}: the only
   * candidate, unless the article says that person is of the other gender; otherwise the only
   * candidate the article knows to be of that gender. Empty when that is not one person: a wrong
   * speaker is worse than none.
   */
  public Optional<String> antecedent(Gender gender, List<String> candidates) {
    List<String> distinct = candidates.stream().distinct().toList();
    if (distinct.size() == 1) {
      Gender known = genders.get(distinct.get(0));
      return known == null || known == gender
          ? Optional.of(distinct.get(0)) : Optional.empty();
    }
    List<String> matching = distinct.stream().filter(p -> genders.get(p) == gender).toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }
}
