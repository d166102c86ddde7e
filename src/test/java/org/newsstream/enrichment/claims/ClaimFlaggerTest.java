package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.schema.ClaimFlag.ATTRIBUTED;
import static org.newsstream.schema.ClaimFlag.HEDGED;
import static org.newsstream.schema.ClaimFlag.NUMERIC;
import static org.newsstream.schema.ClaimFlag.PREDICTION;
import static org.newsstream.schema.ClaimFlag.QUOTE;

import org.junit.jupiter.api.Test;

class ClaimFlaggerTest {

  @Test
  void figuresAreNumeric() {
    assertThat(ClaimFlagger.flags("There are already 11,000 troops in the region.")).contains(NUMERIC);
    assertThat(ClaimFlagger.flags("Some 400 square miles is occupied.")).contains(NUMERIC);
    assertThat(ClaimFlagger.flags("Prices rose 3.5% last year.")).contains(NUMERIC);
    assertThat(ClaimFlagger.flags("It cost $2bn.")).contains(NUMERIC);
    assertThat(ClaimFlagger.flags("Thousands of people fled.")).contains(NUMERIC);
    assertThat(ClaimFlagger.flags("The first ones were spotted.")).doesNotContain(NUMERIC);
  }

  @Test
  void reportingVerbsAttribute() {
    assertThat(ClaimFlagger.flags("Kyiv says it has engaged the troops.")).contains(ATTRIBUTED);
    assertThat(ClaimFlagger.flags("He warned in his nightly message.")).contains(ATTRIBUTED);
    assertThat(ClaimFlagger.flags("The minister revealed that they wear uniforms.")).contains(ATTRIBUTED);
    assertThat(ClaimFlagger.flags("According to officials, it failed.")).contains(ATTRIBUTED);
    assertThat(ClaimFlagger.flags("She looked confused.")).doesNotContain(ATTRIBUTED);
  }

  @Test
  void directSpeechIsAQuote() {
    assertThat(ClaimFlagger.flags("“The first ones have already been under fire,” he said."))
        .contains(QUOTE, ATTRIBUTED);
    assertThat(ClaimFlagger.flags("He said \"we will win this war\" to cheers.")).contains(QUOTE);
    assertThat(ClaimFlagger.flags("“We see an increase in North Koreans")).contains(QUOTE);
    assertThat(ClaimFlagger.flags("Kim Jong-Un’s envoy arrived.")).doesNotContain(QUOTE);
  }

  @Test
  void unverifiedWordingIsHedged() {
    assertThat(ClaimFlagger.flags("I don’t know this, the information is being checked."))
        .contains(HEDGED);
    assertThat(ClaimFlagger.flags("Putin appeared to spook the minister.")).contains(HEDGED);
    assertThat(ClaimFlagger.flags("The figure could not be confirmed.")).contains(HEDGED);
    assertThat(ClaimFlagger.flags("Troops reportedly crossed the border.")).contains(HEDGED);
    assertThat(ClaimFlagger.flags("Troops crossed the border.")).doesNotContain(HEDGED);
  }

  @Test
  void statementsAboutTheFutureArePredictions() {
    assertThat(ClaimFlagger.flags("The army will certainly achieve a great victory.")).contains(PREDICTION);
    assertThat(ClaimFlagger.flags("Growth is expected to slow.")).contains(PREDICTION);
    assertThat(ClaimFlagger.flags("The bank forecast a recession.")).contains(PREDICTION);
    assertThat(ClaimFlagger.flags("It is the will of the people.")).doesNotContain(PREDICTION);
  }

  @Test
  void plainNarrativeEarnsNoFlag() {
    assertThat(ClaimFlagger.flags("She looked confused and uncomfortable.")).isEmpty();
  }
}
