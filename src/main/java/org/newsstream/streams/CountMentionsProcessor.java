package org.newsstream.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.newsstream.common.EntityKeys;
import org.newsstream.config.SpikeSettings;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.trends.MentionBuckets;

/**
 * Counts mentions per entity id in buckets one advance wide ({@link MentionBuckets}) and sends on
 * the final count of each event-time hopping window, the sum of its buckets, once the window has
 * closed (its end plus the grace is behind the stream time), as Kafka Streams'
 * {@code windowedBy(...).count()} with {@code suppress(untilWindowCloses)} would, but in the task
 * that already holds every paragraph: the DSL needs the mentions keyed by entity, which costs a
 * repartition topic and a record per mention, and writes each mention into every window holding
 * it (ten with the default settings).
 *
 * <p>A paragraph later than its window's grace is not counted there; a duplicate is not counted
 * at all but moves the stream time. The stream time and the end of the last window sent are kept
 * in {@value TrendsTopology#CLOCK_STORE}, so a replay after a crash closes the same windows at the
 * same records.
 */
final class CountMentionsProcessor
    implements Processor<String, EnrichedParagraph, String, MentionBuckets.Window> {
  static final String STREAM_TIME = "stream-time";
  static final String CLOSED_UP_TO = "closed-up-to";
  private final SpikeSettings settings;
  private final long size;
  private final long advance;
  private final long grace;
  private ProcessorContext<String, MentionBuckets.Window> context;
  private WindowStore<String, Long> counts;
  private KeyValueStore<String, Long> clock;

  CountMentionsProcessor(SpikeSettings settings) {
    this.settings = settings;
    this.size = settings.window().toMillis();
    this.advance = settings.advance().toMillis();
    this.grace = settings.grace().toMillis();
  }

  @Override
  public void init(ProcessorContext<String, MentionBuckets.Window> context) {
    this.context = context;
    this.counts = context.getStateStore(TrendsTopology.MENTIONS_STORE);
    this.clock = context.getStateStore(TrendsTopology.CLOCK_STORE);
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    if (paragraph == null) {
      return;
    }
    long at = record.timestamp();
    Long known = clock.get(STREAM_TIME);
    long streamTime = known == null ? at : Math.max(known, at);
    if (known == null || streamTime > known) {
      clock.put(STREAM_TIME, streamTime);
    }
    if (paragraph.getDuplicateOf() == null) {
      count(paragraph, at, streamTime);
    }
    closeWindows(streamTime);
  }

  private void count(EnrichedParagraph paragraph, long at, long streamTime) {
    long bucket = MentionBuckets.bucketOf(at, advance);
    // The latest window holding this paragraph starts with its bucket; once that one has
    // closed, every window it could count in has.
    if (bucket + size + grace <= streamTime) {
      return;
    }
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (Entity entity : paragraph.getEntities()) {
      mentions.merge(EntityKeys.of(entity), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> mention : mentions.entrySet()) {
      Long sofar = counts.fetch(mention.getKey(), bucket);
      counts.put(mention.getKey(), (sofar == null ? 0 : sofar) + mention.getValue(), bucket);
    }
  }

  /** Sends on every window that closed since the last one sent, oldest first, then by entity. */
  private void closeWindows(long streamTime) {
    long closedEnd = streamTime - grace;
    Long sentUpTo = clock.get(CLOSED_UP_TO);
    if (sentUpTo == null) {
      // Nothing was counted in windows that ended before: start closing from here.
      clock.put(CLOSED_UP_TO, closedEnd);
      return;
    }
    if (closedEnd <= sentUpTo) {
      return;
    }
    long fromStart = Math.max(0, sentUpTo - size + 1);
    long toStart = closedEnd - size;
    if (toStart >= fromStart) {
      for (MentionBuckets.Window window :
          MentionBucketStore.windows(counts, fromStart, toStart, settings)) {
        context.forward(new Record<>(window.entity(), window, window.start() + size - 1));
      }
    }
    clock.put(CLOSED_UP_TO, closedEnd);
  }
}
