package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakersTest {
  private final Speakers genders = new Speakers(List.of(),
      Map.of("Choe Son Hui", Gender.FEMALE, "Boris Johnson", Gender.MALE), null);

  @Test
  void aSingleCandidateIsThePronounsReferentUnlessKnownToBeOfTheOtherGender() {
    assertThat(genders.antecedent(Gender.MALE, List.of("Andrii Kovalenko")))
        .contains("Andrii Kovalenko");
    assertThat(genders.antecedent(Gender.FEMALE, List.of("Choe Son Hui"))).contains("Choe Son Hui");
    assertThat(genders.antecedent(Gender.MALE, List.of("Choe Son Hui"))).isEmpty();
  }

  @Test
  void repeatedMentionsOfOnePersonAreOneCandidate() {
    assertThat(genders.antecedent(Gender.MALE, List.of("Vladimir Putin", "Vladimir Putin")))
        .contains("Vladimir Putin");
  }

  @Test
  void amongSeveralOnlyAKnownMatchingGenderDecides() {
    assertThat(genders.antecedent(Gender.FEMALE, List.of("Vladimir Putin", "Choe Son Hui")))
        .contains("Choe Son Hui");
    assertThat(genders.antecedent(Gender.MALE, List.of("Vladimir Putin", "Choe Son Hui")))
        .as("Putin's gender is unknown to the article: no guess").isEmpty();
    assertThat(genders.antecedent(Gender.MALE, List.of("Vladimir Putin", "Boris Johnson")))
        .contains("Boris Johnson");
  }

  @Test
  void nobodyToReferToGivesNothing() {
    assertThat(Speakers.NONE.antecedent(Gender.MALE, List.of())).isEmpty();
  }
}
