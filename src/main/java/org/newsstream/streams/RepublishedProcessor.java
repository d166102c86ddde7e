package org.newsstream.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Marks a paragraph whose {@code articleId/index} was seen within the window as a duplicate of
 * itself (an article republished, perhaps edited).
 */
final class RepublishedProcessor
    implements Processor<String, EnrichedParagraph, String, EnrichedParagraph> {
  private final DedupSettings settings;
  private ProcessorContext<String, EnrichedParagraph> context;
  private WindowStore<String, String> seen;

  RepublishedProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.seen = context.getStateStore(Deduplication.SEEN_IDS_STORE);
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    String id = ParagraphIds.of(paragraph);
    if (paragraph.getDuplicateOf() == null) {
      if (seenNear(id, record.timestamp())) {
        paragraph = EnrichedParagraph.newBuilder(paragraph).setDuplicateOf(id).build();
      } else {
        seen.put(id, id, record.timestamp());
      }
    }
    context.forward(record.withValue(paragraph));
  }

  private boolean seenNear(String id, long eventTime) {
    Instant at = Instant.ofEpochMilli(eventTime);
    Instant from = at.minus(settings.window());
    try (WindowStoreIterator<String> earlier = seen.fetch(id,
        from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from, at.plus(settings.window()))) {
      return earlier.hasNext();
    }
  }
}
