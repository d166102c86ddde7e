package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.text.SentenceSplitter;
import org.newsstream.enrichment.text.Token;
import org.newsstream.schema.EntityType;

class OrganizationHeadsTest {
  private static List<Token> tokens(String text) {
    return new SentenceSplitter(150).split(text).get(0).tokens();
  }

  private static Mention mention(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new Mention(surface, type, start, start + surface.length());
  }

  @Test
  void theCutHeadOfAnOrganisationIsRestored() {
    String text = "Ukraine's Council's Centre for Countering Disinformation revealed it.";
    Mention council = mention(text, "Council", EntityType.ORGANIZATION);
    Mention cut = mention(text, "Countering Disinformation", EntityType.ORGANIZATION);

    assertThat(OrganizationHeads.restore(text, tokens(text), List.of(council, cut)))
        .containsExactly(council,
            mention(text, "Centre for Countering Disinformation", EntityType.ORGANIZATION));
  }

  @Test
  void onlyOrganisationsAfterAHeadAndForOrOfAreExtended() {
    String text = "The Bank of England met the Ministry in Paris and the Centre for Paris.";
    List<Mention> mentions = List.of(mention(text, "England", EntityType.LOCATION),
        mention(text, "Ministry", EntityType.ORGANIZATION));

    assertThat(OrganizationHeads.restore(text, tokens(text), mentions)).isEqualTo(mentions);
  }
}
