package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.text.SentenceSplitter;
import org.newsstream.enrichment.text.Token;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;

class KnownNameMatcherTest {
  private static final Map<String, KnownName> KNOWN = Map.of(
      "Mills", new KnownName("Mills", "Alan Mills", EntityType.PERSON),
      "Real Madrid", new KnownName("Real Madrid", "Real Madrid", EntityType.ORGANIZATION));

  private static List<Token> tokens(String text) {
    return new SentenceSplitter(150).split(text).get(0).tokens();
  }

  @Test
  void recoversARememberedNameTheTaggerMissed() {
    String text = "Yesterday Mills beat Real Madrid again.";

    assertThat(KnownNameMatcher.complete(text, tokens(text), List.of(), KNOWN))
        .containsExactly(
            new Mention("Mills", EntityType.PERSON, 10, 15),
            new Mention("Real Madrid", EntityType.ORGANIZATION, 21, 32));
  }

  @Test
  void leavesTaggedTokensTheFirstWordAndOtherCasingAlone() {
    String text = "Mills said the mills of Real Madrid grind.";
    Mention tagged = new Mention("Real Madrid", EntityType.LOCATION, 24, 35);

    assertThat(KnownNameMatcher.complete(text, tokens(text), List.of(tagged), KNOWN))
        .containsExactly(tagged);
  }

  @Test
  void placeNamesAreFoundAtASentencesStartToo() {
    String text = "Kyiv says Ho Chi Minh City and Kiev agree.";
    Map<String, KnownName> places = Places.bundled().bySurface();

    assertThat(KnownNameMatcher.completeFromFirstToken(text, tokens(text), List.of(), places))
        .containsExactly(
            new Mention("Kyiv", EntityType.LOCATION, 0, 4),
            new Mention("Ho Chi Minh City", EntityType.LOCATION, 10, 26),
            new Mention("Kiev", EntityType.LOCATION, 31, 35));
  }
}
