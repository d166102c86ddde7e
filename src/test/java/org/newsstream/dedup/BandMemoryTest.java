package org.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.dedup.Remembered.TEXT;
import static org.newsstream.dedup.Remembered.seen;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandMemoryTest {
  private static final long WINDOW = 1_000;

  @Test
  void findsTheEarliestCopyWithinTheWindow() {
    BandMemory memory = BandMemory.empty()
        .remember(seen(100, "a/0", TEXT), Long.MIN_VALUE)
        .remember(seen(200, "b/0", TEXT), Long.MIN_VALUE);

    BandMemory.Lookup lookup = memory.find(TextFingerprint.of("LONDON - " + TEXT), 500, WINDOW,
        Long.MIN_VALUE, 64);

    assertThat(lookup.original()).map(BandMemory.Seen::paragraphId).contains("a/0");
    assertThat(lookup.saturated()).isFalse();
  }

  @Test
  void ignoresParagraphsOutsideTheWindowOrOlderThanWhatIsKept() {
    BandMemory memory = BandMemory.empty().remember(seen(100, "a/0", TEXT), Long.MIN_VALUE);

    assertThat(memory.find(TextFingerprint.of(TEXT), 100 + WINDOW + 1, WINDOW, Long.MIN_VALUE, 64)
        .original()).as("after the window").isEmpty();
    assertThat(memory.find(TextFingerprint.of(TEXT), 100 - WINDOW - 1, WINDOW, Long.MIN_VALUE, 64)
        .original()).as("before the window").isEmpty();
    assertThat(memory.find(TextFingerprint.of(TEXT), 150, WINDOW, 101, 64).original())
        .as("older than the stream keeps").isEmpty();
  }

  @Test
  void aParagraphThatChangesAFigureIsNoCopy() {
    BandMemory memory = BandMemory.empty().remember(seen(100, "a/0", TEXT), Long.MIN_VALUE);

    assertThat(memory.find(TextFingerprint.of(TEXT.replace("4.5", "4.75")), 200, WINDOW,
        Long.MIN_VALUE, 64).original()).isEmpty();
  }

  @Test
  void comparesAtMostTheGivenNumberAndSaysSo() {
    BandMemory memory = BandMemory.empty();
    for (int i = 0; i < 5; i++) {
      memory = memory.remember(seen(100 + i, "t" + i + "/0", TEXT.replace("4.5", "4." + i)),
          Long.MIN_VALUE);
    }
    BandMemory.Lookup lookup = memory.find(TextFingerprint.of(TEXT.replace("4.5", "4.4")), 200,
        WINDOW, Long.MIN_VALUE, 3);

    assertThat(lookup.original()).as("the copy is the fifth, past the three compared").isEmpty();
    assertThat(lookup.saturated()).isTrue();
    assertThat(memory.find(TextFingerprint.of(TEXT.replace("4.5", "4.4")), 200, WINDOW,
        Long.MIN_VALUE, 5).original()).map(BandMemory.Seen::paragraphId).contains("t4/0");
  }

  @Test
  void keepsEventTimeOrderTiesInTheOrderRememberedAndDropsWhatIsTooOld() {
    BandMemory memory = BandMemory.empty()
        .remember(seen(300, "c/0", TEXT), Long.MIN_VALUE)
        .remember(seen(100, "a/0", TEXT), Long.MIN_VALUE)
        .remember(seen(300, "d/0", TEXT), Long.MIN_VALUE)
        .remember(seen(200, "b/0", TEXT), Long.MIN_VALUE);

    assertThat(memory.entries()).extracting(BandMemory.Seen::paragraphId)
        .containsExactly("a/0", "b/0", "c/0", "d/0");
    assertThat(memory.remember(seen(400, "e/0", TEXT), 201).entries())
        .extracting(BandMemory.Seen::paragraphId).containsExactly("c/0", "d/0", "e/0");
    assertThat(memory.remember(seen(50, "late/0", TEXT), 101).entries())
        .as("a paragraph older than what is kept is not remembered")
        .extracting(BandMemory.Seen::paragraphId).containsExactly("b/0", "c/0", "d/0");
    assertThat(memory.expired(300)).isFalse();
    assertThat(memory.expired(301)).isTrue();
    assertThat(BandMemory.empty().expired(Long.MIN_VALUE)).isTrue();
  }

  @Test
  void refusesEntriesOutOfOrder() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
        BandMemory.of(List.of(seen(200, "b/0", TEXT), seen(100, "a/0", TEXT))));
  }
}
