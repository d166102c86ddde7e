package org.newsstream.alerting;

import java.time.Duration;
import java.time.Instant;
import org.newsstream.schema.Alert;
import org.newsstream.schema.ThrottleState;

/**
 * At most one alert per (rule, entity) per period. A match inside the period is held back and
 * counted; the count rides on the next alert, and the latest held-back match is sent on its own
 * when the period ends, so nothing a desk should see is lost. Pure.
 */
public final class Throttle {
  private Throttle() {}

  /**
   * What to do with one match: the alert to send now (or null), and the state to keep (null when
   * there is nothing to keep: a rule without a throttle holds nothing back).
   */
  public record Decision(Alert send, ThrottleState state) {}

  public static Decision offer(Alert match, ThrottleState state, Duration period, Instant now) {
    if (period.isZero() || state == null
        || !now.isBefore(state.getLastAlertAt().plus(period))) {
      int heldBack = state == null ? 0 : state.getHeldBack();
      // The match is this stage's own: it goes out as it is unless it carries a count.
      Alert send = heldBack == match.getSuppressed()
          ? match : Alert.newBuilder(match).setSuppressed(heldBack).build();
      return new Decision(send, period.isZero() ? null : new ThrottleState(now, 0, null));
    }
    return new Decision(null, new ThrottleState(state.getLastAlertAt(), state.getHeldBack() + 1, match));
  }

  /**
   * When the period has ended and a match was held back, sends the latest one, counting the others.
   * Returns null when there is nothing to send yet.
   */
  public static Decision flush(ThrottleState state, Duration period, Instant now) {
    if (state.getLatest() == null || now.isBefore(state.getLastAlertAt().plus(period))) {
      return null;
    }
    Alert send = Alert.newBuilder(state.getLatest())
        .setSuppressed(state.getHeldBack() - 1)
        .setDetectionTime(now)
        .setThrottleRelease(true)
        .build();
    return new Decision(send, new ThrottleState(now, 0, null));
  }

  /** A state with nothing held back whose period is over can be forgotten. */
  public static boolean expired(ThrottleState state, Duration period, Instant now) {
    return state.getLatest() == null && !now.isBefore(state.getLastAlertAt().plus(period));
  }
}
