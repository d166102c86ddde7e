package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

  @Test
  void aPronounAttributionAfterAQuoteGoesOnWithTheCurrentSpeakerIfAPersonOfThatGender() {
    Speakers choeSpeaking = new Speakers(List.of("Kim Jong-Un"),
        Map.of("Choe Son Hui", Gender.FEMALE), "Choe Son Hui",
        Set.of("Choe Son Hui", "Kim Jong-Un"));

    assertThat(choeSpeaking.pronounSpeaker(Gender.FEMALE))
        .as("Kim was named inside Choe's quote; she goes on speaking").contains("Choe Son Hui");
    assertThat(choeSpeaking.pronounSpeaker(Gender.MALE))
        .as("not Choe: the latest paragraph's one person").contains("Kim Jong-Un");
  }

  @Test
  void aPlaceSpeakingIsNotAPronounsReferent() {
    Speakers kyivSpeaking = new Speakers(List.of("Volodymyr Zelensky"), Map.of(), "Kyiv",
        Set.of("Volodymyr Zelensky"));

    assertThat(kyivSpeaking.pronounSpeaker(Gender.MALE)).contains("Volodymyr Zelensky");
  }

  @Test
  void aSpeakerOfUnknownGenderGivesWayToARecentPersonKnownToFitThePronoun() {
    Speakers kovalenkoSpeaking = new Speakers(List.of("Choe Son Hui"),
        Map.of("Choe Son Hui", Gender.FEMALE), "Andrii Kovalenko",
        Set.of("Andrii Kovalenko", "Choe Son Hui"));

    assertThat(kovalenkoSpeaking.pronounSpeaker(Gender.FEMALE)).contains("Choe Son Hui");
    assertThat(kovalenkoSpeaking.pronounSpeaker(Gender.MALE)).contains("Andrii Kovalenko");
  }
}
