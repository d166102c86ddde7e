package org.newsstream.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newsstream.alerting.RuleMatcher;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.AlertScope;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Judges each enriched paragraph against every rule in the global rules table as it is now, so a
 * rule added, changed or deleted applies from the next paragraph. Re-keys each match by
 * (rule, entity) so the throttle of one pair lives on one partition, or, for a per-story rule,
 * by (rule, entity, story).
 */
final class MatchRulesProcessor implements Processor<String, EnrichedParagraph, String, Alert> {
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, ValueAndTimestamp<AlertRule>> rules;

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.rules = context.getStateStore(AlertingTopology.RULES_STORE);
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    if (record.value() == null) {
      return;
    }
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    try (KeyValueIterator<String, ValueAndTimestamp<AlertRule>> all = rules.all()) {
      while (all.hasNext()) {
        AlertRule rule = all.next().value.value();
        for (Alert alert : RuleMatcher.match(rule, record.value(), now)) {
          context.forward(record.withKey(candidateKey(rule, alert)).withValue(alert));
        }
      }
    }
  }

  /**
   * A per-story rule's match goes to the (rule, entity, story) it counts in; a story-less
   * paragraph (read from a topic written before stories) is alerted per paragraph.
   */
  static String candidateKey(AlertRule rule, Alert alert) {
    if (rule.getPer() == AlertScope.STORY && alert.getStoryId() != null) {
      return STORY_KEY_PREFIX + throttleKey(alert) + "|" + alert.getStoryId();
    }
    return throttleKey(alert);
  }

  static final String STORY_KEY_PREFIX = "story|";

  static boolean perStory(String candidateKey) {
    return candidateKey.startsWith(STORY_KEY_PREFIX);
  }

  /**
   * By entity id where the alert has one, so "U.S." and "America" (both wikipedia:United_States)
   * share one throttle; speaker watches and paragraph-level rules have no id.
   */
  static String throttleKey(Alert alert) {
    String entity = alert.getEntityId() != null ? alert.getEntityId() : alert.getEntity();
    return alert.getRuleId() + "|" + (entity == null ? "" : entity);
  }
}
