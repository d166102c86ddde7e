package org.newsstream.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps Kafka Streams' report of corrupted tasks after an unclean stop off the console. Under
 * exactly-once a task whose process died has no checkpoint, so Streams wipes its stores and
 * restores them from their changelogs: the expected way back after a crash, which Streams logs at
 * ERROR once per application ("Get exceptions for the following tasks: {0_1=TaskCorrupted…}").
 * Only that report is dropped, and only when every exception in it is a TaskCorruptedException;
 * any other task error still reaches the console.
 */
public final class ExpectedRecoveryNoise extends Filter<ILoggingEvent> {
  private static final String REPORT = "Get exceptions for the following tasks";
  private static final String CORRUPTED = "org.apache.kafka.streams.errors.TaskCorruptedException";

  @Override
  public FilterReply decide(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    if (message == null || !message.contains(REPORT)) {
      return FilterReply.NEUTRAL;
    }
    String rest = message.substring(message.indexOf('{') + 1);
    for (String entry : rest.split(", (?=\\d+_\\d+=)")) {
      int eq = entry.indexOf('=');
      if (eq < 0 || !entry.substring(eq + 1).startsWith(CORRUPTED)) {
        return FilterReply.NEUTRAL;
      }
    }
    return FilterReply.DENY;
  }
}
