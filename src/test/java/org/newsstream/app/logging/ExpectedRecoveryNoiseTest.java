package org.newsstream.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

/** Only Streams' expected after-crash report is kept off the console; real task errors are not. */
class ExpectedRecoveryNoiseTest {
  private final ExpectedRecoveryNoise filter = new ExpectedRecoveryNoise();

  private static LoggingEvent event(String message) {
    LoggerContext context = new LoggerContext();
    return new LoggingEvent("test", context.getLogger("org.apache.kafka.streams.processor.internals.TaskManager"),
        Level.ERROR, message, null, null);
  }

  @Test
  void a_report_of_only_corrupted_tasks_is_dropped() {
    assertThat(filter.decide(event("stream-thread [x] Get exceptions for the following tasks: "
        + "{2_2=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [2_2] are corrupted and"
        + " hence need to be re-initialized, 2_0=org.apache.kafka.streams.errors.TaskCorruptedException:"
        + " Tasks [2_0] are corrupted and hence need to be re-initialized}")))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void a_report_with_any_other_task_error_is_kept() {
    assertThat(filter.decide(event("stream-thread [x] Get exceptions for the following tasks: "
        + "{2_2=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [2_2] are corrupted,"
        + " 1_0=org.apache.kafka.streams.errors.StreamsException: store failed}")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event("stream thread failed; replacing it")))
        .isEqualTo(FilterReply.NEUTRAL);
  }
}
