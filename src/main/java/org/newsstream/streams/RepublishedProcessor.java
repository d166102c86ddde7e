package org.newsstream.streams;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Marks a paragraph whose {@code articleId/index} was seen within the window as a duplicate of
 * itself (an article republished, perhaps edited).
 *
 * <p>The store maps a paragraph id to the event times it was remembered at (a new time only when
 * none is within the window, so a few at most): one point read per paragraph. What is forgotten
 * follows the stream's time, as in {@link MarkCopiesProcessor}, so a replay decides the same.
 */
final class RepublishedProcessor
    implements Processor<String, EnrichedParagraph, String, EnrichedParagraph> {
  @SuppressWarnings({"unchecked", "rawtypes"})
  static final Serde<List<Long>> TIMES =
      (Serde) Serdes.ListSerde(ArrayList.class, Serdes.Long());
  private final DedupSettings settings;
  private ProcessorContext<String, EnrichedParagraph> context;
  private KeyValueStore<String, List<Long>> seen;

  RepublishedProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.seen = context.getStateStore(Deduplication.SEEN_IDS_STORE);
    context.schedule(Retention.sweepEvery(settings.retention()),
        PunctuationType.WALL_CLOCK_TIME, now -> forgetExpired());
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    String id = ParagraphIds.of(paragraph);
    if (paragraph.getDuplicateOf() == null) {
      long at = record.timestamp();
      long oldestKept = Retention.oldestKept(context, settings.retention());
      List<Long> times = seen.get(id);
      if (times != null && seenNear(times, at, oldestKept)) {
        paragraph = EnrichedParagraph.newBuilder(paragraph).setDuplicateOf(id).build();
      } else if (at >= oldestKept) {
        List<Long> kept = new ArrayList<>();
        if (times != null) {
          times.stream().filter(t -> t >= oldestKept).forEach(kept::add);
        }
        kept.add(at);
        seen.put(id, kept);
      }
    }
    context.forward(record.withValue(paragraph));
  }

  private boolean seenNear(List<Long> times, long at, long oldestKept) {
    long window = settings.window().toMillis();
    long from = Math.max(Math.max(at - window, 0), oldestKept);
    for (long t : times) {
      if (t >= from && t <= at + window) {
        return true;
      }
    }
    return false;
  }

  /** Deletes the ids whose every time is older than the retention. */
  private void forgetExpired() {
    long oldestKept = Retention.oldestKept(context, settings.retention());
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, List<Long>> all = seen.all()) {
      all.forEachRemaining(kv -> {
        if (kv.value.stream().allMatch(t -> t < oldestKept)) {
          expired.add(kv.key);
        }
      });
    }
    expired.forEach(seen::delete);
  }
}
