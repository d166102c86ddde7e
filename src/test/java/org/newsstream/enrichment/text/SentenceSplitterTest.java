package org.newsstream.enrichment.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(150);

  @Test
  void splitsSentencesAndKeepsOffsetsIntoTheOriginalText() {
    String text = "Kyiv says it engaged them. “We see an increase,” he said.";
    List<Sentence> sentences = splitter.split(text);

    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).text(text)).isEqualTo("Kyiv says it engaged them.");
    assertThat(sentences.get(1).text(text)).isEqualTo("“We see an increase,” he said.");
    for (Sentence sentence : sentences) {
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.start(), token.end())).isNotBlank();
      }
    }
  }

  @Test
  void keepsHyphenatedNamesWholeAndSplitsPossessives() {
    String text = "Kim Jong-Un’s envoy met Putin's aide.";
    List<String> words = splitter.split(text).get(0).tokens().stream()
        .map(t -> text.substring(t.start(), t.end())).toList();

    assertThat(words).contains("Jong-Un", "’s", "Putin", "'s");
  }

  @Test
  void cutsARunOnSentenceIntoPiecesOfAtMostTheLimit() {
    String text = "word, ".repeat(1_000) + "end.";
    List<Sentence> pieces = new SentenceSplitter(100).split(text);

    assertThat(pieces).allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(100));
    assertThat(pieces.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(2_002);
  }

  @Test
  void aLongRunWithoutSpacesIsTokenizedPlainlyWithTrueOffsets() {
    String text = "See a," + "b,".repeat(100) + "c here.";
    List<Token> tokens = splitter.split(text).stream().flatMap(s -> s.tokens().stream()).toList();

    assertThat(tokens).allSatisfy(t ->
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word()));
    assertThat(tokens).extracting(Token::word).startsWith("See", "a", ",", "b").endsWith("here", ".");
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split("   \n ")).isEmpty();
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> new SentenceSplitter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
