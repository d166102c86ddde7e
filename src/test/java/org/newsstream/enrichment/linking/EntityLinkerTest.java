package org.newsstream.enrichment.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsstream.schema.EntityType;

class EntityLinkerTest {
  private final EntityLinker linker = EntityLinker.over(FixtureIndex.get());

  private Link link(String mention, EntityType type) {
    return linker.link(mention, mention, type);
  }

  @Test
  void variantsOfOneCountryShareOneIdAndDisplayName() {
    for (String variant : new String[] {"U.S.", "United States", "America"}) {
      Link link = link(variant, EntityType.LOCATION);
      assertThat(link.id()).as(variant).isEqualTo("wikipedia:United_States");
      assertThat(link.display()).isEqualTo("United States");
      assertThat(link.linked()).isTrue();
    }
  }

  @Test
  void aNameWrittenWithoutItsDiacriticsLinksToTheTitleThatHasThem() {
    assertThat(link("Slobodan Milosevic", EntityType.PERSON).id())
        .isEqualTo("wikipedia:Slobodan_Milošević");
  }

  @Test
  void aBuildingWhoseNameLooksLikeAPersonsIsStillAPlace() {
    assertThat(link("Al-Aqsa", EntityType.LOCATION).id()).isEqualTo("wikipedia:Al-Aqsa_Mosque");
  }

  @Test
  void aNameStartingWithALowerCaseParticleIsLookedUpWithACapitalToo() {
    // Mid-sentence "al-Aqsa"; the dictionary has the sentence-initial "Al-Aqsa".
    assertThat(link("al-Aqsa", EntityType.LOCATION).id()).isEqualTo("wikipedia:Al-Aqsa_Mosque");
  }

  @Test
  void aHyphenatedOneWordTitleIsNoPersonsName() {
    // The dictionary's "Tsang" is Ü-Tsang, a region of Tibet, not Donald Tsang.
    assertThat(link("Tsang", EntityType.PERSON).linked()).isFalse();
  }

  @Test
  void aPlaceIsNotLinkedToADirectorate() {
    // "Al-Ram" the West Bank town: the dictionary's top title is an Israeli army directorate.
    assertThat(link("Al-Ram", EntityType.LOCATION).linked()).isFalse();
  }

  @Test
  void aLongOrganisationNameIsKeptSinceParticlesDoNotCountAsWords() {
    assertThat(link("Organisation for Security and Cooperation in Europe",
        EntityType.ORGANIZATION).id())
        .isEqualTo("wikipedia:Organization_for_Security_and_Co-operation_in_Europe");
  }

  @Test
  void aPersonIsNotLinkedToAPlace() {
    assertThat(link("Jordan", EntityType.LOCATION).id()).isEqualTo("wikipedia:Jordan");
    assertThat(link("Jordan", EntityType.PERSON).id()).isEqualTo("name:jordan");
    assertThat(link("Michael Jordan", EntityType.PERSON).id()).isEqualTo("wikipedia:Michael_Jordan");
  }

  @Test
  void aSurnameAloneLinksToItsPersonWhenThePriorIsClear() {
    assertThat(link("Biden", EntityType.PERSON).id()).isEqualTo("wikipedia:Joe_Biden");
  }

  @Test
  void aPlaceOrOrganisationIsNotLinkedToAPersonItIsPartOf() {
    assertThat(link("Putin", EntityType.PERSON).id()).isEqualTo("wikipedia:Vladimir_Putin");
    assertThat(link("Putin", EntityType.LOCATION).linked()).isFalse();
    assertThat(link("Putin", EntityType.ORGANIZATION).linked()).isFalse();
  }

  @Test
  void aFullNameEarlierInTheArticleWinsOverTheSurnamesPrior() {
    // The resolver gives "Clinton" the canonical name "Hillary Clinton"; the prior of "Clinton"
    // alone (Bill Clinton) must not count.
    assertThat(linker.link("Clinton", "Hillary Clinton", EntityType.PERSON).id())
        .isEqualTo("wikipedia:Hillary_Clinton");
  }

  @Test
  void aSurnameOfAnUnknownFullNameKeepsTheFullNamesId() {
    Link link = linker.link("Kovalenko", "Andrii Kovalenko", EntityType.PERSON);
    assertThat(link.id()).isEqualTo("name:andrii_kovalenko");
    assertThat(link.display()).isEqualTo("Andrii Kovalenko");
    assertThat(link.linked()).isFalse();
  }

  @Test
  void anAmbiguousSurnameStaysUnlinked() {
    // "Clinton" alone: its top title has 28 % of the anchors.
    assertThat(link("Clinton", EntityType.PERSON).id()).isEqualTo("name:clinton");
  }

  @Test
  void aOneWordPersonTitleIsNotTakenForAPerson() {
    // The dictionary's "Kovalenko" is the surname's page, not a person.
    assertThat(link("Kovalenko", EntityType.PERSON).id()).isEqualTo("name:kovalenko");
  }

  @Test
  void aTitleWhoseDisambiguatorContradictsTheTypeIsRefused() {
    assertThat(link("Ajax", EntityType.ORGANIZATION).id()).isEqualTo("name:ajax");
  }

  @Test
  void aPlaceTaggedAsAnOrganisationIsItsTeamOrGovernmentNotThePlace() {
    // "Paris" as an organisation is a club (Paris Saint-Germain) or the French government.
    assertThat(link("Paris", EntityType.LOCATION).id()).isEqualTo("wikipedia:Paris");
    assertThat(link("Paris", EntityType.ORGANIZATION).id()).isEqualTo("name:paris");
  }

  @Test
  void headlineCapitalsTryTheOrdinarySpellingWhenTheirOwnEntryIsRefused() {
    assertThat(link("CHICAGO", EntityType.LOCATION).id()).isEqualTo("wikipedia:Chicago");
    assertThat(link("BONN", EntityType.LOCATION).id()).isEqualTo("wikipedia:Bonn");
    assertThat(link("NEW YORK", EntityType.LOCATION).id()).isEqualTo("wikipedia:New_York_City");
  }

  @Test
  void movedTitlesUseTheirCurrentName() {
    assertThat(link("Kyiv", EntityType.LOCATION).id()).isEqualTo("wikipedia:Kyiv");
    assertThat(link("Kiev", EntityType.LOCATION).id()).isEqualTo("wikipedia:Kyiv");
    assertThat(link("Fed", EntityType.ORGANIZATION).id()).isEqualTo("wikipedia:Federal_Reserve");
    assertThat(link("Muammar Gaddafi", EntityType.PERSON).id()).isEqualTo("wikipedia:Muammar_Gaddafi");
    assertThat(link("Carroll Campbell", EntityType.PERSON).id())
        .isEqualTo("wikipedia:Carroll_A._Campbell_Jr.");
  }

  @Test
  void aMentionTheDictionarySendsToAnotherEntityIsCorrected() {
    Link link = link("Kim Jong Un", EntityType.PERSON);
    assertThat(link.id()).isEqualTo("wikipedia:Kim_Jong_Un");
    assertThat(link.display()).isEqualTo("Kim Jong Un");
  }

  @Test
  void datelineStateAbbreviationsAreTheirStates() {
    assertThat(link("Calif", EntityType.LOCATION).id()).isEqualTo("wikipedia:California");
    assertThat(link("Calif.", EntityType.LOCATION).id()).isEqualTo("wikipedia:California");
    assertThat(link("Calif", EntityType.PERSON).linked()).isFalse();
  }

  @Test
  void aPossessiveIsTheName() {
    assertThat(linker.link("Britain's", "Britain", EntityType.LOCATION).id())
        .isEqualTo("wikipedia:United_Kingdom");
  }

  @Test
  void unknownNamesGetAnIdFromTheirNormalisedName() {
    assertThat(link("Andrii Kovalenko", EntityType.PERSON).id()).isEqualTo("name:andrii_kovalenko");
    assertThat(NameIds.slug("Mr Andrii  KOVALENKO's")).isEqualTo("andrii_kovalenko");
    assertThat(NameIds.slug("Jean-Luc Mélenchon")).isEqualTo("jean_luc_mélenchon");
  }
}
