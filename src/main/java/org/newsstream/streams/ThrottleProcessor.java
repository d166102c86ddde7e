package org.newsstream.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newsstream.alerting.RuleCompiler;
import org.newsstream.alerting.Throttle;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ThrottleState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each rule's throttle per (rule, entity), in wall-clock time, and flushes held-back
 * matches when their period ends. Output is keyed by alert id.
 */
final class ThrottleProcessor implements Processor<String, Alert, String, Alert> {
  private static final Logger log = LoggerFactory.getLogger(ThrottleProcessor.class);
  private final Duration flushInterval;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, ThrottleState> states;
  private KeyValueStore<String, ValueAndTimestamp<AlertRule>> rules;
  /** Rule id and throttle of each out-of-range throttle already reported, to warn once. */
  private final Set<String> warned = new HashSet<>();

  ThrottleProcessor(Duration flushInterval) {
    this.flushInterval = flushInterval;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.states = DecodedValues.over(context.getStateStore(AlertingTopology.THROTTLE_STORE), 4096);
    this.rules = context.getStateStore(AlertingTopology.RULES_STORE);
    context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, this::flush);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert match = record.value();
    ThrottleState state = states.get(record.key());
    Throttle.Decision decision = Throttle.offer(match, state, period(match.getRuleId()), now());
    if (decision.state() != null) {
      states.put(record.key(), decision.state());
    } else if (state != null) {
      states.delete(record.key());
    }
    if (decision.send() != null) {
      context.forward(record.withKey(decision.send().getId()).withValue(decision.send()));
    }
  }

  private void flush(long wallClockMs) {
    Instant now = Instant.ofEpochMilli(wallClockMs);
    List<KeyValue<String, ThrottleState>> updates = new ArrayList<>();
    List<String> forgotten = new ArrayList<>();
    try (KeyValueIterator<String, ThrottleState> all = states.all()) {
      while (all.hasNext()) {
        KeyValue<String, ThrottleState> entry = all.next();
        String ruleId = entry.key.substring(0, entry.key.indexOf('|'));
        Duration period = period(ruleId);
        Throttle.Decision decision = Throttle.flush(entry.value, period, now);
        if (decision != null) {
          context.forward(new Record<>(decision.send().getId(), decision.send(), wallClockMs));
          updates.add(KeyValue.pair(entry.key, decision.state()));
        } else if (Throttle.expired(entry.value, period, now)) {
          forgotten.add(entry.key);
        }
      }
    }
    updates.forEach(kv -> states.put(kv.key, kv.value));
    forgotten.forEach(states::delete);
  }

  /**
   * The rule's current throttle; a deleted rule no longer holds anything back. A throttle out of
   * range (a rule written to the topic without {@code rules add}) is capped, with one warning.
   */
  private Duration period(String ruleId) {
    ValueAndTimestamp<AlertRule> rule = rules.get(ruleId);
    if (rule == null) {
      return Duration.ZERO;
    }
    Duration period = RuleCompiler.throttle(rule.value());
    long written = rule.value().getThrottleSeconds();
    if (period.toSeconds() != written && warned.add(ruleId + '\u0000' + written)) {
      log.warn("rule {}: throttleSeconds {} is outside 0 to {} s; throttling for {} s instead",
          ruleId, written, RuleCompiler.MAX_THROTTLE.toSeconds(), period.toSeconds());
    }
    return period;
  }

  private Instant now() {
    return Instant.ofEpochMilli(context.currentSystemTimeMs());
  }
}
