package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingTest {
  private static final WordVectors TOY = new WordVectors(Map.of(
      "taxes", new float[] {1, 0},
      "rose", new float[] {0, 2},
      "0", new float[] {3, 3}), 2);

  @Test
  void tokensFollowTheVectorsConventions() {
    // PTB splits "can't" into "ca" + "n't", and the vectors have both.
    assertThat(SentenceEmbedding.tokens("We DON'T know; it’s 2,500 or 3.5 in 2016."))
        .containsExactly("we", "do", "n't", "know", "it", "'s", "0,000", "or", "0.0", "in",
            "0000");
    assertThat(SentenceEmbedding.tokens("The voters' choice, can't you see"))
        .containsExactly("the", "voters", "choice", "ca", "n't", "you", "see");
  }

  @Test
  void meanAndMaxSkipUnknownWords() {
    double[] features = new SentenceEmbedding(TOY, true).of("Taxes rose, unknownword!");

    assertThat(features).hasSize(4);
    assertThat(features[0]).isCloseTo(0.5, within(1e-9));
    assertThat(features[1]).isCloseTo(1.0, within(1e-9));
    assertThat(features[2]).isCloseTo(1.0, within(1e-9));
    assertThat(features[3]).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void aSentenceWithNoKnownWordGetsZeros() {
    assertThat(new SentenceEmbedding(TOY, true).of("Zzz qqq")).containsExactly(0, 0, 0, 0);
    assertThat(new SentenceEmbedding(TOY, false).of("")).containsExactly(0, 0);
  }

  @Test
  void theCoreNlpVectorsLoadFromTheModelsJar() {
    WordVectors shared = WordVectors.shared();

    assertThat(shared.dimensions()).isEqualTo(50);
    assertThat(shared.vector("percent")).hasSize(50);
    assertThat(shared.vector("n't")).isNotNull();
    assertThat(shared.vector("*UNK*")).isNull();
    assertThat(shared).isSameAs(WordVectors.shared());
  }
}
