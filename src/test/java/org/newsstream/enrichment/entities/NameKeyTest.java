package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void spellingVariantsShareAKey() {
    assertThat(NameKey.of("Kim Jong-Un")).isEqualTo(NameKey.of("Kim Jong Un"));
    assertThat(NameKey.of("KIM JONG UN")).isEqualTo("kim jong un");
    assertThat(NameKey.of("U.S.")).isEqualTo(NameKey.of("US"));
  }

  @Test
  void possessivesAndTitlesAreNotPartOfTheName() {
    assertThat(NameKey.clean("Putin’s")).isEqualTo("Putin");
    assertThat(NameKey.clean("Putin's")).isEqualTo("Putin");
    assertThat(NameKey.withoutTitles("Ms Choe")).isEqualTo("Choe");
    assertThat(NameKey.words("President Vladimir Putin")).containsExactly("vladimir", "putin");
  }

  @Test
  void aPartIsARunOfConsecutiveWordsOfALongerName() {
    List<String> full = List.of("choe", "son", "hui");

    assertThat(NameKey.isPartOf(List.of("choe"), full)).isTrue();
    assertThat(NameKey.isPartOf(List.of("son", "hui"), full)).isTrue();
    assertThat(NameKey.isPartOf(List.of("choe", "hui"), full)).isFalse();
    assertThat(NameKey.isPartOf(full, full)).isFalse();
  }
}
