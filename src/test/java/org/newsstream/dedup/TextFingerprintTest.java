package org.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  static final String TROOPS = "He warned in his nightly TV message: “As for the North Korean "
      + "troops in Russia, there are already 11,000 in the Kursk region.";

  private static TextFingerprint of(String text) {
    return TextFingerprint.of(text);
  }

  @Test
  void normalisingFoldsCasePunctuationWhitespaceAndCompatibilityForms() {
    assertThat(TextFingerprint.normalise("  Kyiv SAYS:\n“it’s   ﬁne” – 11,000!  "))
        .isEqualTo("kyiv says it s fine 11 000");
  }

  @Test
  void typographicVariantsAreTheSameText() {
    String wire = KYIV.replace("–", "-").replace("  ", " ").toUpperCase();

    assertThat(of(wire).similarity(of(KYIV))).isEqualTo(1.0);
    assertThat(of(wire).isCopyOf(of(KYIV))).isTrue();
  }

  @Test
  void aDatelineOrAChangedWordKeepsACopyACopy() {
    assertThat(of("SEOUL (Reuters) - " + KYIV).isCopyOf(of(KYIV))).isTrue();
    assertThat(of(KYIV.replace("North Korean", "DPRK")).isCopyOf(of(KYIV))).isTrue();
    assertThat(of("MOSCOW (AP) - " + HANDSHAKE).isCopyOf(of(HANDSHAKE)))
        .as("27 words and a dateline: beyond the reach of the SimHash this replaced").isTrue();
    assertThat(of(HANDSHAKE.replace("awkward", "uncomfortable")).isCopyOf(of(HANDSHAKE))).isTrue();
  }

  @Test
  void aCopyThatChangesOrDropsAFigureIsNewsNotACopy() {
    assertThat(of(TROOPS.replace("11,000", "12,000")).isCopyOf(of(TROOPS))).isFalse();
    assertThat(of(TROOPS.replace("already 11,000", "thousands")).isCopyOf(of(TROOPS))).isFalse();
  }

  @Test
  void aFigureStatedTwiceMustStayTwice() {
    String score = "Leeds beat Wimbledon 1-0 at home and Chelsea drew 1-1 with Arsenal away on "
        + "Saturday in the English premier league.";

    assertThat(of(score.replace("1-0", "2-0")).isCopyOf(of(score))).isFalse();
    assertThat(of(score.replace("Saturday", "Saturday afternoon")).isCopyOf(of(score))).isTrue();
  }

  @Test
  void aCopyThatAddsAFigureSuchAsADatedDatelineIsStillACopy() {
    assertThat(of("KYIV, Nov 26 (Reuters) - " + TROOPS).isCopyOf(of(TROOPS))).isTrue();
    assertThat(of(TROOPS.replace("11,000", "11000")).facts())
        .as("thousands separators do not make a figure new").isEqualTo(of(TROOPS).facts());
  }

  @Test
  void aCopyThatNamesAnotherPlaceOrPersonIsAnotherStory() {
    String press = "These are the leading stories in the Beirut press on Thursday. Reuters has not "
        + "verified these stories and does not vouch for their accuracy.";
    String other = press.replace("Beirut", "Sarajevo");

    assertThat(TextFingerprint.of(other, List.of("Sarajevo", "Reuters"))
        .isCopyOf(TextFingerprint.of(press, List.of("Beirut", "Reuters")))).isFalse();
    assertThat(TextFingerprint.of(press.toUpperCase(), List.of("BEIRUT", "Reuters"))
        .isCopyOf(TextFingerprint.of(press, List.of("Beirut", "Reuters"))))
        .as("names compare without case").isTrue();
  }

  @Test
  void differentParagraphsAreNotSimilar() {
    assertThat(of(KYIV).similarity(of(HANDSHAKE))).isLessThan(0.1);
    assertThat(of(KYIV).isCopyOf(of(HANDSHAKE))).isFalse();
  }

  @Test
  void aCopyWithAnEditSharesABandKeyWithItsOriginal() {
    TextFingerprint original = of(KYIV);
    TextFingerprint edited = of("SEOUL (Reuters) - " + KYIV.replace("alarmed", "worried"));

    assertThat(IntStream.range(0, TextFingerprint.BANDS)
        .filter(i -> original.bandKey(i).equals(edited.bandKey(i)))).isNotEmpty();
    assertThat(original.bandKey(0)).startsWith("0:");
    assertThat(original.bandKey(3)).startsWith("3:");
  }

  @Test
  void aOneWordParagraphStillHasAFingerprint() {
    assertThat(of("Advertisement").isCopyOf(of("ADVERTISEMENT."))).isTrue();
    assertThat(of("Advertisement").isCopyOf(of("Subscribe"))).isFalse();
  }

  @Test
  void aStoredFingerprintFromBeforeSketchesExistedIsACopyOfNothing() {
    TextFingerprint old = TextFingerprint.restore(new byte[0], List.of());
    TextFingerprint kyiv = of(KYIV);

    assertThat(kyiv.isCopyOf(old)).isFalse();
    assertThat(TextFingerprint.restore(kyiv.sketch(), kyiv.facts()).isCopyOf(kyiv)).isTrue();
  }

  @Test
  void aParagraphWithoutWordsIsACopyOfNothing() {
    assertThat(of("—").isCopyOf(of("* * *"))).isFalse();
    assertThat(of("* * *").isCopyOf(of("* * *"))).isFalse();
    assertThat(of("* * *").isCopyOf(TextFingerprint.restore(of("—").sketch(), List.of()))).isFalse();
    assertThat(of("* * *").hasWords()).isFalse();
    assertThat(of("2024").hasWords()).isTrue();
  }

  @Test
  void sketchesAreComparedBytewiseHoweverTheBytesFall() {
    java.util.Random random = new java.util.Random(13);
    for (int round = 0; round < 200; round++) {
      byte[] a = new byte[TextFingerprint.SKETCH];
      byte[] b = new byte[TextFingerprint.SKETCH];
      random.nextBytes(a);
      random.nextBytes(b);
      for (int i = 0; i < a.length; i++) {
        if (random.nextInt(4) > 0) {
          b[i] = a[i];
        }
      }
      int same = 0;
      for (int i = 0; i < a.length; i++) {
        same += a[i] == b[i] ? 1 : 0;
      }
      assertThat(TextFingerprint.equalBytes(a, b)).isEqualTo(same);
    }
    byte[] zeros = new byte[TextFingerprint.SKETCH];
    byte[] highs = new byte[TextFingerprint.SKETCH];
    java.util.Arrays.fill(highs, (byte) 0x80);
    assertThat(TextFingerprint.equalBytes(zeros, zeros)).isEqualTo(TextFingerprint.SKETCH);
    assertThat(TextFingerprint.equalBytes(zeros, highs)).isZero();
  }

  @Test
  void wordsAreWhatTheLetterAndNumberClassesMatch() {
    java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    String[] samples = {"", "   ", "* * *", "Kyiv, 11,000 troops — ½ of them; Ⅻ legion², ٣ days",
        "\u00e9t\u00e9  \t\n caf\u00e9!", "\ud835\udc00\ud835\udfce math", "lone \ud800 surrogate",
        "日本語のテキスト、句読点。", "  leading and trailing  "};
    for (String sample : samples) {
      assertThat(TextFingerprint.wordsOf(sample)).as(sample)
          .isEqualTo(notWord.matcher(sample).replaceAll(" ").strip());
    }
    java.util.Random random = new java.util.Random(13);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        int c = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x3000);
        text.appendCodePoint(c);
      }
      String sample = text.toString();
      assertThat(TextFingerprint.wordsOf(sample)).as(sample)
          .isEqualTo(notWord.matcher(sample).replaceAll(" ").strip());
    }
  }
}
