package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.ParagraphFingerprint;

/**
 * One band of the duplicate search: on a partition keyed by this band of the fingerprint, looks
 * for an earlier paragraph within the window that this one is a copy of (whole sketch similar,
 * figures and names kept), marks the paragraph a duplicate of it, and otherwise remembers it.
 * Then keys it for the next band, or by article id after the last.
 */
final class NearDuplicateProcessor
    implements Processor<String, EnrichedParagraph, String, EnrichedParagraph> {
  private final int band;
  private final DedupSettings settings;
  private ProcessorContext<String, EnrichedParagraph> context;
  private WindowStore<String, ParagraphFingerprint> fingerprints;

  NearDuplicateProcessor(int band, DedupSettings settings) {
    this.band = band;
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.fingerprints = context.getStateStore(Deduplication.fingerprintStore(band));
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    TextFingerprint fingerprint = TextFingerprint.of(paragraph);
    // A paragraph found a duplicate on an earlier band is not remembered: its original already is.
    // One without words is a copy of nothing, so it is neither looked up nor remembered.
    if (paragraph.getDuplicateOf() == null && fingerprint.hasWords()) {
      String bandKey = fingerprint.bandKey(band);
      String original = earliestOriginal(bandKey, fingerprint, record.timestamp());
      if (original != null) {
        paragraph = EnrichedParagraph.newBuilder(paragraph).setDuplicateOf(original).build();
      } else {
        fingerprints.put(bandKey, new ParagraphFingerprint(ParagraphIds.of(paragraph),
            ByteBuffer.wrap(fingerprint.sketch()), fingerprint.facts()), record.timestamp());
      }
    }
    String next = band + 1 < TextFingerprint.BANDS
        ? fingerprint.bandKey(band + 1)
        : paragraph.getParagraph().getArticleId();
    context.forward(record.withKey(next).withValue(paragraph));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  /** The earliest-stored paragraph this one is a copy of, or null. */
  private String earliestOriginal(String bandKey, TextFingerprint fingerprint, long eventTime) {
    Instant at = Instant.ofEpochMilli(eventTime);
    Instant from = at.minus(settings.window());
    try (WindowStoreIterator<ParagraphFingerprint> candidates = fingerprints.fetch(bandKey,
        from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from, at.plus(settings.window()))) {
      while (candidates.hasNext()) {
        ParagraphFingerprint seen = candidates.next().value;
        if (fingerprint.isCopyOf(TextFingerprint.restore(bytes(seen.getSketch()), seen.getFacts()))) {
          return seen.getParagraphId();
        }
      }
    }
    return null;
  }
}
