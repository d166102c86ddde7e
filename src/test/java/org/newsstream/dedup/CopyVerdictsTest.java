package org.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.dedup.Remembered.TEXT;
import static org.newsstream.dedup.Remembered.seen;

import org.junit.jupiter.api.Test;

class CopyVerdictsTest {
  private static final long WINDOW = 1_000;

  @Test
  void anEarlierParagraphMetUnderSeveralBandsIsComparedOnce() {
    BandMemory.Seen lookAlike = seen(100, "a/0", TEXT.replace("4.5", "4.25"));
    BandMemory.Seen original = seen(150, "b/0", TEXT);
    // Two band values holding the same remembered paragraph, as a template's copies' bands do.
    BandMemory first = BandMemory.empty().remember(lookAlike, Long.MIN_VALUE)
        .remember(original, Long.MIN_VALUE);
    BandMemory second = BandMemory.empty().remember(lookAlike, Long.MIN_VALUE);
    CopyVerdicts verdicts = new CopyVerdicts(TextFingerprint.of("LONDON - " + TEXT));

    BandMemory.Lookup one = first.find(verdicts, 500, WINDOW, Long.MIN_VALUE, 64);
    BandMemory.Lookup two = second.find(verdicts, 500, WINDOW, Long.MIN_VALUE, 64);

    assertThat(one.original()).map(BandMemory.Seen::paragraphId).contains("b/0");
    assertThat(two.original()).as("the look-alike changed a figure").isEmpty();
    assertThat(verdicts.compared()).as("a/0 under both bands, b/0 once").isEqualTo(2);
  }

  @Test
  void theVerdictsAreTheFingerprintsOwn() {
    TextFingerprint copy = TextFingerprint.of("LONDON - " + TEXT);
    CopyVerdicts verdicts = new CopyVerdicts(copy);
    BandMemory.Seen original = seen(100, "a/0", TEXT);
    BandMemory.Seen update = seen(100, "b/0", TEXT.replace("4.5", "4.75"));
    BandMemory.Seen other = seen(100, "c/0", "Storms closed the port of Rotterdam for a day.");

    for (BandMemory.Seen earlier : new BandMemory.Seen[] {original, update, other}) {
      assertThat(verdicts.copies(earlier)).as(earlier.paragraphId())
          .isEqualTo(copy.isCopyOf(earlier.fingerprint()));
    }
    assertThat(verdicts.copies(original)).isTrue();
    assertThat(verdicts.copies(update)).isFalse();
  }

  @Test
  void theSameIdSeenAtAnotherTimeIsAnotherParagraph() {
    CopyVerdicts verdicts = new CopyVerdicts(TextFingerprint.of(TEXT));

    assertThat(verdicts.copies(seen(100, "a/0", TEXT.replace("4.5", "4.75")))).isFalse();
    assertThat(verdicts.copies(seen(900, "a/0", TEXT))).as("re-sent with the figure kept").isTrue();
    assertThat(verdicts.compared()).isEqualTo(2);
  }
}
