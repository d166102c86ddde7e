package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.text.Token;
import org.newsstream.schema.EntityType;

class SpanMergerTest {
  private static final String TEXT = "Vladimir Putin met Choe Son Hui in the Kremlin";
  private static final List<Token> TOKENS = tokens(TEXT);

  @Test
  void joinsConsecutiveTokensOfOneTypeIntoOneMention() {
    List<String> labels =
        List.of("PERSON", "PERSON", "O", "PERSON", "PERSON", "PERSON", "O", "O", "LOCATION");

    assertThat(SpanMerger.merge(TEXT, TOKENS, labels))
        .containsExactly(
            new Mention("Vladimir Putin", EntityType.PERSON, 0, 14),
            new Mention("Choe Son Hui", EntityType.PERSON, 19, 31),
            new Mention("Kremlin", EntityType.LOCATION, 39, 46));
  }

  @Test
  void startsANewMentionAtABeginTagOrATypeChange() {
    List<String> labels = List.of("B-PER", "B-PER", "O", "B-ORG", "I-ORG", "B-LOC", "O", "O", "O");

    assertThat(SpanMerger.merge(TEXT, TOKENS, labels))
        .extracting(Mention::text)
        .containsExactly("Vladimir", "Putin", "Choe Son", "Hui");
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new java.util.ArrayList<>();
    int start = 0;
    for (String word : text.split(" ")) {
      int at = text.indexOf(word, start);
      tokens.add(new Token(word, at, at + word.length()));
      start = at + word.length();
    }
    return tokens;
  }
}
