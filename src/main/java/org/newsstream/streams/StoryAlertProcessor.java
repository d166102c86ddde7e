package org.newsstream.streams;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newsstream.alerting.RuleCompiler;
import org.newsstream.alerting.StoryAlerts;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.StoryAlertState;

/**
 * Applies {@link StoryAlerts} per (rule, entity, story): one alert per story, again when the
 * story escalates. Output is keyed by alert id. A state is forgotten a story window of stream
 * time after its latest match; a match after that alerts as a first report again. Stream time is
 * record time, so a state's last sighting is kept in record time too (an article's publication
 * time can be days before the record: a state kept by it would be expired at the next
 * punctuation).
 */
final class StoryAlertProcessor implements Processor<String, Alert, String, Alert> {
  private static final Duration EXPIRE_EVERY = Duration.ofHours(1);
  private final Duration storyWindow;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, StoryAlertState> states;
  private KeyValueStore<String, ValueAndTimestamp<AlertRule>> rules;

  StoryAlertProcessor(Duration storyWindow) {
    this.storyWindow = storyWindow;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.states = context.getStateStore(AlertingTopology.STORY_ALERTS_STORE);
    this.rules = context.getStateStore(AlertingTopology.RULES_STORE);
    context.schedule(EXPIRE_EVERY, PunctuationType.STREAM_TIME, this::expire);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert match = record.value();
    StoryAlerts.Decision decision = StoryAlerts.offer(match, states.get(record.key()),
        realertAfterSources(match.getRuleId()), Instant.ofEpochMilli(record.timestamp()));
    states.put(record.key(), decision.state());
    if (decision.send() != null) {
      context.forward(record.withKey(decision.send().getId()).withValue(decision.send()));
    }
  }

  private void expire(long streamTimeMs) {
    long before = streamTimeMs - storyWindow.toMillis();
    StoreStoryIndex.deleteWhere(states, s -> s.getLastSeen().toEpochMilli() < before);
  }

  /** The rule's current setting; a rule deleted since its match falls back to the default. */
  private int realertAfterSources(String ruleId) {
    ValueAndTimestamp<AlertRule> rule = rules.get(ruleId);
    return rule == null ? RuleCompiler.DEFAULT_REALERT_AFTER_SOURCES
        : rule.value().getRealertAfterSources();
  }
}
