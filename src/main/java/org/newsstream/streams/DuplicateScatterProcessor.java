package org.newsstream.streams;

import java.nio.ByteBuffer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.DuplicateProbe;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Sends each band of a paragraph's fingerprint to the band's partition and parks the paragraph
 * until every band has answered. A paragraph already decided (republished under its own id) or
 * without words (a copy of nothing) needs no answer and goes straight on.
 */
final class DuplicateScatterProcessor
    implements Processor<String, EnrichedParagraph, String, SpecificRecord> {
  private ProcessorContext<String, SpecificRecord> context;
  private KeyValueStore<String, EnrichedParagraph> pending;

  @Override
  public void init(ProcessorContext<String, SpecificRecord> context) {
    this.context = context;
    this.pending = context.getStateStore(Deduplication.PENDING_STORE);
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    TextFingerprint fingerprint = TextFingerprint.of(paragraph);
    if (paragraph.getDuplicateOf() != null || !fingerprint.hasWords()) {
      context.forward(record.withValue(paragraph));
      return;
    }
    String paragraphId = ParagraphIds.of(paragraph);
    pending.put(paragraphId, paragraph);
    String articleId = paragraph.getParagraph().getArticleId();
    ByteBuffer sketch = ByteBuffer.wrap(fingerprint.sketch());
    for (int band = 0; band < TextFingerprint.BANDS; band++) {
      DuplicateProbe probe = new DuplicateProbe(articleId, paragraphId, band, sketch.duplicate(),
          fingerprint.facts());
      context.forward(record.withKey(fingerprint.bandKey(band)).withValue(probe));
    }
  }
}
