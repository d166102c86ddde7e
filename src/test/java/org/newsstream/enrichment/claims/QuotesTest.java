package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {
  @Test
  void wordsBetweenQuotationMarksAreInsideAndTheAttributionIsNot() {
    String text = "“Kim Jong-Un gave the order,” Choe said.";

    assertThat(Quotes.inside(text, text.indexOf("Kim"))).isTrue();
    assertThat(Quotes.inside(text, text.indexOf("Choe"))).isFalse();
  }

  @Test
  void aQuoteLeftOpenRunsToTheEndOfTheParagraph() {
    String text = "She said: “Under the leadership of Kim Jong-Un we will support the army.";

    assertThat(Quotes.inside(text, text.indexOf("Kim"))).isTrue();
    assertThat(Quotes.inside(text, text.indexOf("She"))).isFalse();
  }

  @Test
  void straightQuotesOpenAndCloseInTurn() {
    String text = "\"Putin lied,\" Zelensky said, \"and Lavrov too.\"";

    assertThat(Quotes.inside(text, text.indexOf("Putin"))).isTrue();
    assertThat(Quotes.inside(text, text.indexOf("Zelensky"))).isFalse();
    assertThat(Quotes.inside(text, text.indexOf("Lavrov"))).isTrue();
  }

  @Test
  void aParagraphOpeningWithAnyOpeningMarkOpensAQuote() {
    assertThat(Quotes.opens("  “We see them.")).isTrue();
    assertThat(Quotes.opens("\"We see them.")).isTrue();
    assertThat(Quotes.opens("«Nous les voyons.")).isTrue();
    assertThat(Quotes.opens("He said “we see them”.")).isFalse();
    assertThat(Quotes.opens("")).isFalse();
  }

  @Test
  void anyMarkCountsAsQuotationButApostrophesDoNot() {
    assertThat(Quotes.anyIn("the fighters”")).isTrue();
    assertThat(Quotes.anyIn("Kyiv’s troops, it's said")).isFalse();
  }
}
