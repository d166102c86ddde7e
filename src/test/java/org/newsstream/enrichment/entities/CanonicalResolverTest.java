package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

class CanonicalResolverTest {
  private final CanonicalResolver resolver = new CanonicalResolver(Demonyms.bundled(), true);
  private final ArticleMemory memory = ArticleMemory.empty();

  private Entity see(String text, EntityType type) {
    return resolver.resolve(new Mention(text, type, 0, text.length()), memory);
  }

  @Test
  void aSurnameJoinsTheFullNameSeenEarlier() {
    see("Vladimir Putin", EntityType.PERSON);

    assertThat(see("Putin", EntityType.PERSON).getCanonical()).isEqualTo("Vladimir Putin");
    assertThat(see("Putin’s", EntityType.PERSON).getCanonical()).isEqualTo("Vladimir Putin");
  }

  @Test
  void aTitledPartialNameJoinsTheFullName() {
    see("Choe Son Hui", EntityType.PERSON);

    assertThat(see("Ms Choe", EntityType.PERSON).getCanonical()).isEqualTo("Choe Son Hui");
    assertThat(see("Choe", EntityType.PERSON).getCanonical()).isEqualTo("Choe Son Hui");
  }

  @Test
  void aFullNameAfterItsShortFormTakesTheShortFormOver() {
    assertThat(see("Zelensky", EntityType.PERSON).getCanonical()).isEqualTo("Zelensky");
    see("Volodymyr Zelensky", EntityType.PERSON);

    assertThat(see("Zelensky", EntityType.PERSON).getCanonical()).isEqualTo("Volodymyr Zelensky");
  }

  @Test
  void aSeatOfGovernmentIsItsOwnOrganisationNotItsCountry() {
    Entity kremlin = see("Kremlin", EntityType.LOCATION);

    assertThat(kremlin.getCanonical()).isEqualTo("Kremlin");
    assertThat(kremlin.getType()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(see("White House", EntityType.LOCATION).getType()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(see("Moscow", EntityType.LOCATION).getType()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void underTheConllConventionASeatOfGovernmentKeepsTheTaggersType() {
    CanonicalResolver conll = new CanonicalResolver(Demonyms.bundled(), false);

    assertThat(conll.resolve(new Mention("Kremlin", EntityType.LOCATION, 0, 7), memory).getType())
        .isEqualTo(EntityType.LOCATION);
  }

  @Test
  void hyphenationVariantsAreOneName() {
    see("Kim Jong-Un", EntityType.PERSON);

    assertThat(see("Kim Jong Un", EntityType.PERSON).getCanonical()).isEqualTo("Kim Jong-Un");
  }

  @Test
  void demonymsBecomeTheirCountryAsALocation() {
    Entity korean = see("North Korean", EntityType.MISC);
    Entity ukrainian = see("Ukrainian", EntityType.MISC);

    assertThat(korean.getCanonical()).isEqualTo("North Korea");
    assertThat(korean.getType()).isEqualTo(EntityType.LOCATION);
    assertThat(korean.getText()).isEqualTo("North Korean");
    assertThat(ukrainian.getCanonical()).isEqualTo("Ukraine");
    assertThat(see("Russian", EntityType.MISC).getCanonical()).isEqualTo("Russia");
  }

  @Test
  void theCoNllConventionKeepsDemonymsAsTagged() {
    CanonicalResolver conll = new CanonicalResolver(Demonyms.bundled(), false);
    Entity german = conll.resolve(new Mention("German", EntityType.MISC, 0, 6), memory);

    assertThat(german.getType()).isEqualTo(EntityType.MISC);
    assertThat(german.getCanonical()).isEqualTo("German");
  }

  @Test
  void aPersonStaysAPersonWhateverTheTaggerSaysLater() {
    see("Mills", EntityType.PERSON);

    Entity later = see("Mills", EntityType.ORGANIZATION);

    assertThat(later.getType()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aPlaceMayLaterBeAnOrganisationBecauseNewsUsesCitiesForTeams() {
    see("Chicago", EntityType.LOCATION);

    assertThat(see("Chicago", EntityType.ORGANIZATION).getType())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(see("Chicago", EntityType.LOCATION).getType()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aOneWordMistypedMentionOfAKnownPersonJoinsThem() {
    see("Vladimir Putin", EntityType.PERSON);

    Entity putin = see("Putin", EntityType.ORGANIZATION);

    assertThat(putin.getType()).isEqualTo(EntityType.PERSON);
    assertThat(putin.getCanonical()).isEqualTo("Vladimir Putin");
  }

  @Test
  void aLocationDoesNotJoinAPersonWhoseNameContainsIt() {
    see("George Washington", EntityType.PERSON);

    assertThat(see("Washington", EntityType.LOCATION).getCanonical()).isEqualTo("Washington");
  }

  @Test
  void namesAreRememberedForLaterParagraphs() {
    see("Vladimir Putin", EntityType.PERSON);

    assertThat(memory.lookup("Vladimir Putin").getCanonical()).isEqualTo("Vladimir Putin");
    assertThat(memory.lookup("Vladimir Putin").getType()).isEqualTo(EntityType.PERSON);
  }
}
