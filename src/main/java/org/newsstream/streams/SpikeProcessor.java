package org.newsstream.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.config.SpikeSettings;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EntityBaseline;
import org.newsstream.trends.MentionBuckets;
import org.newsstream.trends.SpikeDetector;

/** Judges each closed mention window against the entity's baseline; alerts keyed by alert id. */
final class SpikeProcessor implements Processor<String, MentionBuckets.Window, String, Alert> {
  private final SpikeSettings settings;
  private final String alertTopic;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, EntityBaseline> baselines;

  SpikeProcessor(SpikeSettings settings, String alertTopic) {
    this.settings = settings;
    this.alertTopic = alertTopic;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.baselines = context.getStateStore(TrendsTopology.BASELINES_STORE);
  }

  @Override
  public void process(Record<String, MentionBuckets.Window> record) {
    if (record.value() == null) {
      return;
    }
    String entity = record.value().entity();
    SpikeDetector.Outcome outcome = SpikeDetector.observe(entity, record.value().start(),
        record.value().mentions(), baselines.get(entity), settings, alertTopic,
        Instant.ofEpochMilli(context.currentSystemTimeMs()));
    baselines.put(entity, outcome.baseline());
    if (outcome.alert() != null) {
      context.forward(new Record<>(outcome.alert().getId(), outcome.alert(), record.timestamp()));
    }
  }
}
