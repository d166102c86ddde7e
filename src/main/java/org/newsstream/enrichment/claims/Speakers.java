package org.newsstream.enrichment.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What earlier paragraphs of the article say about who is speaking: the people the latest
 * paragraph that named any named (the candidates for a pronoun such as "he said"), the genders the
 * article revealed, the source of the latest attributed claim (the speaker of a following quote
 * paragraph that names none, the convention of multi-paragraph quotes in news), and every person
 * the article named. Immutable.
 *
 * @param lastSpeaker null when no one is speaking
 * @param persons canonical names of the people the article named so far
 */
public record Speakers(List<String> recentPeople, Map<String, Gender> genders, String lastSpeaker,
    Set<String> persons) {
  /** Nothing known: the first paragraph of an article, or a paragraph on its own. */
  public static final Speakers NONE = new Speakers(List.of(), Map.of(), null, Set.of());

  public Speakers {
    recentPeople = List.copyOf(recentPeople);
    genders = Map.copyOf(genders);
    persons = Set.copyOf(persons);
  }

  /** Without the set of persons: the recent people are the only ones known. */
  public Speakers(List<String> recentPeople, Map<String, Gender> genders, String lastSpeaker) {
    this(recentPeople, genders, lastSpeaker, Set.copyOf(recentPeople));
  }

  /** The same, with {@code speaker} speaking. */
  public Speakers speaking(String speaker) {
    return new Speakers(recentPeople, genders, speaker, persons);
  }

  /**
   * Who a pronoun of {@code gender} opening an attribution ("…,” she added) refers to when the
   * paragraph named nobody before it: the current speaker if that is a person known to be of that
   * gender, or of unknown gender while no recent person is known to be of it (a speaker goes on
   * speaking); else the one person of the latest paragraph that named people it can refer to
   * ({@link #antecedent}).
   */
  public Optional<String> pronounSpeaker(Gender gender) {
    if (lastSpeaker != null && persons.contains(lastSpeaker)) {
      Gender known = genders.get(lastSpeaker);
      boolean recentOfThatGender = recentPeople.stream()
          .anyMatch(p -> !p.equals(lastSpeaker) && genders.get(p) == gender);
      if (known == gender || known == null && !recentOfThatGender) {
        return Optional.of(lastSpeaker);
      }
    }
    return antecedent(gender, recentPeople);
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
