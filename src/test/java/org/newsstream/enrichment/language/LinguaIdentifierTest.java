package org.newsstream.enrichment.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinguaIdentifierTest {
  private static final LinguaIdentifier IDENTIFIER = new LinguaIdentifier();

  @Test
  void namesTheLanguageOfAParagraphAsAnIsoCode() {
    assertThat(IDENTIFIER.languageOf(
        "Am Montag hat die Bundesregierung neue Sanktionen gegen Russland beschlossen.")).isEqualTo("de");
    assertThat(IDENTIFIER.languageOf(
        "Le gouvernement a annoncé lundi de nouvelles sanctions contre la Russie.")).isEqualTo("fr");
    assertThat(IDENTIFIER.languageOf(
        "Правительство в понедельник объявило о новых санкциях против России.")).isEqualTo("ru");
  }

  @Test
  void englishProseIsEnglish() {
    assertThat(IDENTIFIER.languageOf(
        "The government said on Monday that it would impose new sanctions on Russia.")).isEqualTo("en");
  }

  @Test
  void shortTextStaysEnglish() {
    assertThat(IDENTIFIER.languageOf("Reuters")).isEqualTo("en");
    assertThat(IDENTIFIER.languageOf("Sehr gut.")).isEqualTo("en");
  }

  @Test
  void namesAreNoEvidenceOfALanguage() {
    // A results line of Dutch club names is English text for the tagger.
    assertThat(IDENTIFIER.languageOf("Ajax Amsterdam 3 PSV Eindhoven 1 Feyenoord Rotterdam 2 "
        + "Vitesse Arnhem 0 Willem II Tilburg 1 Roda JC Kerkrade 1")).isEqualTo("en");
  }

  @Test
  void englishTextQuotingAnotherLanguageIsEnglish() {
    assertThat(IDENTIFIER.languageOf("The chancellor told reporters that the plan was "
        + "\"alternativlos\" and said that there would be no vote on it this year.")).isEqualTo("en");
  }

  @Test
  void onlyWordsInLowerCaseAreKeptAsEvidence() {
    assertThat(LinguaIdentifier.lowerCaseWords("Die Polizei in Hamburg hat zwei Verdächtige festgenommen."))
        .isEqualTo("in hat zwei festgenommen");
  }
}
