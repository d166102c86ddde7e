package org.newsstream.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.newsstream.common.EntityKeys;
import org.newsstream.config.SpikeSettings;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Counts mentions per entity id in event-time hopping windows and sends each window's final count
 * on once it has closed (its end plus the grace is behind the stream time), as Kafka Streams'
 * {@code windowedBy(...).count()} with {@code suppress(untilWindowCloses)} would, but in the task
 * that already holds every paragraph: the DSL needs the mentions keyed by entity, which costs a
 * repartition topic and a record per mention.
 *
 * <p>A paragraph later than its window's grace is not counted there; a duplicate is not counted
 * at all but moves the stream time. The stream time and the end of the last window sent are kept
 * in {@value TrendsTopology#CLOCK_STORE}, so a replay after a crash closes the same windows at the
 * same records.
 */
final class CountMentionsProcessor
    implements Processor<String, EnrichedParagraph, Windowed<String>, Long> {
  static final String STREAM_TIME = "stream-time";
  static final String CLOSED_UP_TO = "closed-up-to";
  private final long size;
  private final long advance;
  private final long grace;
  private ProcessorContext<Windowed<String>, Long> context;
  private WindowStore<String, Long> counts;
  private KeyValueStore<String, Long> clock;

  CountMentionsProcessor(SpikeSettings settings) {
    this.size = settings.window().toMillis();
    this.advance = settings.advance().toMillis();
    this.grace = settings.grace().toMillis();
  }

  @Override
  public void init(ProcessorContext<Windowed<String>, Long> context) {
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
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (Entity entity : paragraph.getEntities()) {
      mentions.merge(EntityKeys.of(entity), 1, Integer::sum);
    }
    if (mentions.isEmpty()) {
      return;
    }
    // Windows [start, start + size) holding {@code at}, starts aligned to the advance.
    long latest = Math.floorDiv(at, advance) * advance;
    for (long start = latest; start > at - size && start >= 0; start -= advance) {
      if (start + size + grace <= streamTime) {
        break; // this window and all earlier ones have closed
      }
      for (Map.Entry<String, Integer> mention : mentions.entrySet()) {
        Long sofar = counts.fetch(mention.getKey(), start);
        counts.put(mention.getKey(), (sofar == null ? 0 : sofar) + mention.getValue(), start);
      }
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
      List<KeyValue<Windowed<String>, Long>> closed = new ArrayList<>();
      try (KeyValueIterator<Windowed<String>, Long> windows =
          counts.fetchAll(Instant.ofEpochMilli(fromStart),
              Instant.ofEpochMilli(toStart))) {
        windows.forEachRemaining(closed::add);
      }
      closed.sort(Comparator.comparingLong((KeyValue<Windowed<String>, Long> kv) ->
          kv.key.window().start()).thenComparing(kv -> kv.key.key()));
      for (KeyValue<Windowed<String>, Long> window : closed) {
        context.forward(new Record<>(window.key, window.value, window.key.window().end() - 1));
      }
    }
    clock.put(CLOSED_UP_TO, closedEnd);
  }
}
