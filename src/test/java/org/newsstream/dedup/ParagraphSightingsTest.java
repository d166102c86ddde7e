package org.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParagraphSightingsTest {
  private static final long WINDOW = 1_000;
  private static final long KEEP_ALL = Long.MIN_VALUE;

  @Test
  void aParagraphSeenAgainWithinTheWindowIsARepublication() {
    ParagraphSightings first = ParagraphSightings.none().see(0, 100, WINDOW, KEEP_ALL).after();

    ParagraphSightings.Sighting again = first.see(0, 900, WINDOW, KEEP_ALL);

    assertThat(again.republished()).isTrue();
    assertThat(again.after()).as("nothing to write").isSameAs(first);
  }

  @Test
  void otherParagraphsOfTheSameArticleAreNot() {
    ParagraphSightings seen = ParagraphSightings.none().see(0, 100, WINDOW, KEEP_ALL).after();

    ParagraphSightings.Sighting next = seen.see(1, 150, WINDOW, KEEP_ALL);

    assertThat(next.republished()).isFalse();
    assertThat(next.after().times()).isEqualTo(Map.of(0, List.of(100L), 1, List.of(150L)));
  }

  @Test
  void aSightingOutsideTheWindowIsRememberedBesideTheOldOne() {
    ParagraphSightings seen = ParagraphSightings.none().see(0, 100, WINDOW, KEEP_ALL).after();

    ParagraphSightings.Sighting later = seen.see(0, 100 + WINDOW + 1, WINDOW, KEEP_ALL);

    assertThat(later.republished()).isFalse();
    assertThat(later.after().times()).isEqualTo(Map.of(0, List.of(100L, 1_101L)));
    assertThat(later.after().see(0, 50, WINDOW, KEEP_ALL).republished())
        .as("a late copy of the first, seen after the second").isTrue();
  }

  @Test
  void timesOlderThanWhatIsKeptNeitherCountNorStay() {
    ParagraphSightings seen = ParagraphSightings.of(Map.of(0, List.of(100L), 1, List.of(120L)));

    ParagraphSightings.Sighting now = seen.see(0, 300, WINDOW, 200);

    assertThat(now.republished()).as("the earlier sighting is forgotten").isFalse();
    assertThat(now.after().times()).as("paragraph 1's old time dropped with it")
        .isEqualTo(Map.of(0, List.of(300L)));
    assertThat(seen.see(2, 150, WINDOW, 200).after()).as("too old to keep").isSameAs(seen);
    assertThat(seen.forgetBefore(500).isEmpty()).isTrue();
  }
}
