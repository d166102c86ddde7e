package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.text.Sentence;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;

class ClaimExtractorTest {
  private final ClaimExtractor extractor = new ClaimExtractor((text, flags, entities) -> 0.2, 1000);
  private final Speakers zelenskySpeaking =
      new Speakers(List.of("Volodymyr Zelensky"), Map.of(), "Volodymyr Zelensky");

  private Claim claimOf(String paragraph, Speakers speakers) {
    return extractor.extract(paragraph, new Sentence(0, paragraph.length(), List.of()), List.of(),
        speakers).orElseThrow();
  }

  @Test
  void aQuoteParagraphNamingNoSpeakerContinuesTheCurrentSpeakersQuote() {
    Claim claim = claimOf(
        "“We see an increase in North Koreans and no reaction from our partners.", zelenskySpeaking);

    assertThat(claim.getFlags()).contains(ClaimFlag.QUOTE).doesNotContain(ClaimFlag.ATTRIBUTED);
    assertThat(claim.getSource()).isEqualTo("Volodymyr Zelensky");
  }

  @Test
  void withNobodySpeakingAQuoteParagraphHasNoSource() {
    assertThat(claimOf("“We see an increase in North Koreans, and no reaction.", Speakers.NONE)
        .getSource()).isNull();
  }

  @Test
  void aQuotedPhraseInsideANarrativeSentenceIsNotTheSpeakersQuote() {
    Claim claim = claimOf("Protesters painted “no retreat, no surrender” on 40 walls in the city.",
        zelenskySpeaking);

    assertThat(claim.getFlags()).contains(ClaimFlag.QUOTE);
    assertThat(claim.getSource()).isNull();
  }

  @Test
  void anAttributedQuoteIsAttributedToWhoeverItNamesNotTheCurrentSpeaker() {
    Claim claim = claimOf("“The first ones have already been under fire,” he said.",
        new Speakers(List.of("Andrii Kovalenko"), Map.of(), "Volodymyr Zelensky"));

    assertThat(claim.getSource()).isEqualTo("Andrii Kovalenko");
  }
}
