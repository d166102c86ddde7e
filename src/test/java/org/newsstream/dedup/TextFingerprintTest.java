package org.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {
  static final String KYIV = "Kyiv says it has already engaged the North Korean fighters – but "
      + "Ukrainian leader Volodymyr Zelensky has made clear he is alarmed at a lack of Western "
      + "military support to help him counter the new Pyongyang troops fighting six time zones "
      + "from home.";
  static final String HANDSHAKE = "It was an awkward moment when effusive gratitude simply went "
      + "on far too long – after Vladimir Putin appeared to spook North Korean foreign minister "
      + "Choe Son Hui with a minute-long handshake in the Kremlin.";

  @Test
  void normalisingFoldsCasePunctuationWhitespaceAndCompatibilityForms() {
    assertThat(TextFingerprint.normalise("  Kyiv SAYS:\n“it’s   ﬁne” – 11,000!  "))
        .isEqualTo("kyiv says it s fine 11 000");
  }

  @Test
  void typographicVariantsHaveTheSameFingerprint() {
    String wire = KYIV.replace("–", "-").replace("  ", " ").toUpperCase();

    assertThat(fingerprint(wire)).isEqualTo(fingerprint(KYIV));
  }

  @Test
  void aDatelineOrOneChangedNameStaysWithinTheDistanceForThisParagraph() {
    assertThat(TextFingerprint.distance(fingerprint(KYIV), fingerprint("SEOUL (Reuters) - " + KYIV)))
        .isLessThanOrEqualTo(TextFingerprint.MAX_DISTANCE);
    assertThat(TextFingerprint.distance(fingerprint(KYIV),
        fingerprint(KYIV.replace("North Korean", "DPRK"))))
        .isLessThanOrEqualTo(TextFingerprint.MAX_DISTANCE);
  }

  @Test
  void theLimitAnEditCanMoveAShortParagraphBeyondTheDistance() {
    // Documents the known limit: on ~30 words, a dateline moves 7 of 64 bits.
    assertThat(TextFingerprint.distance(fingerprint(HANDSHAKE),
        fingerprint("MOSCOW (AP) - " + HANDSHAKE))).isGreaterThan(TextFingerprint.MAX_DISTANCE);
  }

  @Test
  void differentParagraphsAreFarApart() {
    assertThat(TextFingerprint.distance(fingerprint(KYIV), fingerprint(HANDSHAKE)))
        .isGreaterThan(16);
  }

  @Test
  void nearFingerprintsShareABand() {
    long a = fingerprint(KYIV);
    long b = a ^ (1L << 3) ^ (1L << 20) ^ (1L << 40);

    assertThat(IntStream.range(0, TextFingerprint.BANDS)
        .filter(i -> TextFingerprint.bandKey(a, i).equals(TextFingerprint.bandKey(b, i))))
        .containsExactly(3);
  }

  @Test
  void aOneWordParagraphStillHasAFingerprint() {
    assertThat(fingerprint("Advertisement")).isEqualTo(fingerprint("ADVERTISEMENT."))
        .isNotEqualTo(fingerprint("Subscribe"));
  }

  private static long fingerprint(String text) {
    return TextFingerprint.simHash(TextFingerprint.normalise(text));
  }
}
