package org.newsstream.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Severity;
import org.newsstream.schema.ThrottleState;

class ThrottleTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  @Test
  void withoutAPeriodEveryMatchIsSent() {
    Throttle.Decision first = Throttle.offer(match("a1"), null, Duration.ZERO, T0);
    Throttle.Decision second = Throttle.offer(match("a2"), first.state(), Duration.ZERO, T0);

    assertThat(second.send().getArticleId()).isEqualTo("a2");
  }

  @Test
  void withoutAPeriodNothingIsKeptAndTheMatchGoesOutAsItIs() {
    Alert match = match("a1");

    Throttle.Decision decision = Throttle.offer(match, null, Duration.ZERO, T0);

    assertThat(decision.state()).isNull();
    assertThat(decision.send()).isSameAs(match);
  }

  @Test
  void aThrottleTurnedOffSendsTheCountHeldBackUnderItAndKeepsNothing() {
    ThrottleState underTheOldThrottle = new ThrottleState(T0, 2, match("a1"));

    Throttle.Decision decision =
        Throttle.offer(match("a2"), underTheOldThrottle, Duration.ZERO, at(1));

    assertThat(decision.send().getArticleId()).isEqualTo("a2");
    assertThat(decision.send().getSuppressed()).isEqualTo(2);
    assertThat(decision.state()).isNull();
  }

  @Test
  void theFirstMatchIsSentAndStartsThePeriod() {
    Throttle.Decision decision = Throttle.offer(match("a1"), null, TEN_MINUTES, T0);

    assertThat(decision.send().getSuppressed()).isZero();
    assertThat(decision.state()).isEqualTo(new ThrottleState(T0, 0, null));
  }

  @Test
  void matchesWithinThePeriodAreHeldBackAndCounted() {
    ThrottleState state = Throttle.offer(match("a1"), null, TEN_MINUTES, T0).state();
    Throttle.Decision second = Throttle.offer(match("a2"), state, TEN_MINUTES, at(1));
    Throttle.Decision third = Throttle.offer(match("a3"), second.state(), TEN_MINUTES, at(9));

    assertThat(second.send()).isNull();
    assertThat(third.send()).isNull();
    assertThat(third.state().getHeldBack()).isEqualTo(2);
    assertThat(third.state().getLatest().getArticleId()).isEqualTo("a3");
    assertThat(third.state().getLastAlertAt()).as("held-back matches do not extend the period")
        .isEqualTo(T0);
  }

  @Test
  void theFirstMatchAfterThePeriodCarriesTheCountOfThoseHeldBack() {
    ThrottleState state = new ThrottleState(T0, 2, match("a3"));

    Throttle.Decision next = Throttle.offer(match("a4"), state, TEN_MINUTES, at(10));

    assertThat(next.send().getArticleId()).isEqualTo("a4");
    assertThat(next.send().getSuppressed()).isEqualTo(2);
    assertThat(next.state()).isEqualTo(new ThrottleState(at(10), 0, null));
  }

  @Test
  void flushSendsTheLatestHeldBackMatchOnceThePeriodEnds() {
    ThrottleState state = new ThrottleState(T0, 3, match("a3"));

    assertThat(Throttle.flush(state, TEN_MINUTES, at(9))).as("period not over").isNull();
    Throttle.Decision flushed = Throttle.flush(state, TEN_MINUTES, at(10));

    assertThat(flushed.send().getArticleId()).isEqualTo("a3");
    assertThat(flushed.send().getSuppressed()).as("the two others").isEqualTo(2);
    assertThat(flushed.send().getDetectionTime()).isEqualTo(at(10));
    assertThat(flushed.send().getThrottleRelease()).as("marked as a release").isTrue();
    assertThat(flushed.state()).isEqualTo(new ThrottleState(at(10), 0, null));
  }

  @Test
  void anAlertSentAtOnceIsNoRelease() {
    assertThat(Throttle.offer(match("a1"), null, TEN_MINUTES, T0).send().getThrottleRelease()).isFalse();
  }

  @Test
  void flushWithNothingHeldBackSendsNothing() {
    assertThat(Throttle.flush(new ThrottleState(T0, 0, null), TEN_MINUTES, at(60))).isNull();
  }

  @Test
  void aStateIsForgottenOnlyWhenNothingIsHeldAndThePeriodIsOver() {
    assertThat(Throttle.expired(new ThrottleState(T0, 0, null), TEN_MINUTES, at(9))).isFalse();
    assertThat(Throttle.expired(new ThrottleState(T0, 0, null), TEN_MINUTES, at(10))).isTrue();
    assertThat(Throttle.expired(new ThrottleState(T0, 1, match("a2")), TEN_MINUTES, at(60)))
        .isFalse();
  }

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  private static Alert match(String articleId) {
    return Alert.newBuilder().setId("id-" + articleId).setRuleId("r").setSeverity(Severity.URGENT)
        .setEntity("Russia").setArticleId(articleId).setParagraphIndex(0).setEvidence("Russia")
        .setEvidenceStart(0).setEvidenceEnd(6).setReason("Russia mentioned").setEventTime(T0)
        .setDetectionTime(T0).build();
  }
}
