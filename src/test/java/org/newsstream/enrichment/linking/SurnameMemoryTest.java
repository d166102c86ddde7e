package org.newsstream.enrichment.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.EntityType;

class SurnameMemoryTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private final SurnameMemory memory = new SurnameMemory(Duration.ofDays(3));

  private Link person(String canonical, Instant at) {
    return memory.apply(canonical, EntityType.PERSON, Link.unlinked(canonical), at);
  }

  @Test
  void aBareSurnameInALaterArticleTakesTheIdOfItsOneRecentFullName() {
    person("Andrii Kovalenko", T0);
    Link later = person("Kovalenko", T0.plus(Duration.ofHours(5)));
    assertThat(later.id()).isEqualTo("name:andrii_kovalenko");
    assertThat(later.display()).isEqualTo("Andrii Kovalenko");
  }

  @Test
  void twoRecentOwnersOfASurnameMeanNoGuess() {
    person("Andrii Kovalenko", T0);
    person("Olena Kovalenko", T0.plusSeconds(60));
    assertThat(person("Kovalenko", T0.plusSeconds(120)).id()).isEqualTo("name:kovalenko");
  }

  @Test
  void anOwnerNotSeenForLongerThanTheMemoryIsForgotten() {
    person("Andrii Kovalenko", T0);
    assertThat(person("Kovalenko", T0.plus(Duration.ofDays(4))).id()).isEqualTo("name:kovalenko");
  }

  @Test
  void anExpiredOwnerNoLongerMakesANewOneAmbiguous() {
    person("Andrii Kovalenko", T0);
    person("Olena Kovalenko", T0.plus(Duration.ofDays(5)));
    assertThat(person("Kovalenko", T0.plus(Duration.ofDays(6))).id()).isEqualTo("name:olena_kovalenko");
  }

  @Test
  void seeingTheSameFullNameAgainKeepsOneOwnerAndRenewsIt() {
    person("Andrii Kovalenko", T0);
    person("Andrii Kovalenko", T0.plus(Duration.ofDays(2)));
    assertThat(person("Kovalenko", T0.plus(Duration.ofDays(4))).id()).isEqualTo("name:andrii_kovalenko");
  }

  @Test
  void aSurnameTheDictionaryLinkedKeepsItsLink() {
    person("Hunter Biden", T0);
    Link biden = Link.toTitle("Joe_Biden");
    assertThat(memory.apply("Biden", EntityType.PERSON, biden, T0.plusSeconds(1))).isEqualTo(biden);
  }

  @Test
  void onlyPeopleAreRemembered() {
    memory.apply("Kovalenko Street", EntityType.LOCATION, Link.unlinked("Kovalenko Street"), T0);
    assertThat(person("Street", T0.plusSeconds(1)).id()).isEqualTo("name:street");
  }

  @Test
  void aFullNameNamedAfterTheMentionInEventTimeIsNoOwnerOfIt() {
    person("Andrii Kovalenko", T0.plusSeconds(60));
    assertThat(person("Kovalenko", T0).id()).isEqualTo("name:kovalenko");
    assertThat(person("Kovalenko", T0.plusSeconds(60)).id()).isEqualTo("name:andrii_kovalenko");
  }

  @Test
  void aLaterSecondOwnerDoesNotUnlinkAnEarlierMention() {
    person("Andrii Kovalenko", T0);
    person("Olena Kovalenko", T0.plusSeconds(120));
    assertThat(person("Kovalenko", T0.plusSeconds(60)).id()).isEqualTo("name:andrii_kovalenko");
  }

  @Test
  void aRepeatedSightingWithinAHundredthOfTheMemoryIsNotRecordedAndNoneMovesBack() {
    SurnameOwners owners = SurnameOwners.none()
        .seen("name:andrii_kovalenko", "Andrii Kovalenko", T0, Duration.ofDays(3));
    Duration memory = Duration.ofDays(3);

    assertThat(owners.worthRecording("name:andrii_kovalenko", "Andrii Kovalenko",
        T0.plus(Duration.ofMinutes(30)), memory)).isFalse();
    assertThat(owners.worthRecording("name:andrii_kovalenko", "Andrii Kovalenko",
        T0.minus(Duration.ofDays(1)), memory)).isFalse();
    assertThat(owners.worthRecording("name:andrii_kovalenko", "Andrii Kovalenko",
        T0.plus(Duration.ofHours(1)), memory)).isTrue();
    assertThat(owners.worthRecording("name:olena_kovalenko", "Olena Kovalenko",
        T0.plusSeconds(1), memory)).isTrue();
  }
}
