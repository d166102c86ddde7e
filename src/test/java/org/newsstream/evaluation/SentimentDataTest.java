package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentDataTest {

  @Test
  void joinsAnUnlabelledFragmentToTheNextLine() {
    List<SentimentData.Labelled> items = SentimentData.parsePhraseBank(List.of(
        "Profit rose .@positive",
        "1",
        "STOCK EXCHANGE ANNOUNCEMENT 1 ( 1 ) shares subscribed .@neutral",
        "Sales fell by 5 % .@negative"));

    assertThat(items).extracting(SentimentData.Labelled::label)
        .containsExactly("positive", "neutral", "negative");
    assertThat(items.get(1).text()).isEqualTo("1 STOCK EXCHANGE ANNOUNCEMENT 1 ( 1 ) shares subscribed .");
  }
}
