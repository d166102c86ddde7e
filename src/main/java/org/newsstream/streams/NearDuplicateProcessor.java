package org.newsstream.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsstream.dedup.DedupSettings;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.ParagraphFingerprint;

/**
 * One band of the duplicate search: on a partition keyed by this band of the fingerprint, looks
 * for an earlier paragraph within the window whose whole fingerprint is near, marks the paragraph
 * a duplicate of it, and otherwise remembers it. Then keys it for the next band, or by article id
 * after the last.
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
    long fingerprint = TextFingerprint.simHash(
        TextFingerprint.normalise(paragraph.getParagraph().getText()));
    // A paragraph found a duplicate on an earlier band is not remembered: its original already is.
    if (paragraph.getDuplicateOf() == null) {
      String bandKey = TextFingerprint.bandKey(fingerprint, band);
      String original = nearest(bandKey, fingerprint, record.timestamp());
      if (original != null) {
        paragraph = EnrichedParagraph.newBuilder(paragraph).setDuplicateOf(original).build();
      } else {
        fingerprints.put(bandKey,
            new ParagraphFingerprint(ParagraphIds.of(paragraph), fingerprint), record.timestamp());
      }
    }
    String next = band + 1 < TextFingerprint.BANDS
        ? TextFingerprint.bandKey(fingerprint, band + 1)
        : paragraph.getParagraph().getArticleId();
    context.forward(record.withKey(next).withValue(paragraph));
  }

  /** The earliest-stored paragraph near enough, or null. */
  private String nearest(String bandKey, long fingerprint, long eventTime) {
    Instant at = Instant.ofEpochMilli(eventTime);
    Instant from = at.minus(settings.window());
    try (WindowStoreIterator<ParagraphFingerprint> candidates = fingerprints.fetch(bandKey,
        from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from, at.plus(settings.window()))) {
      while (candidates.hasNext()) {
        ParagraphFingerprint seen = candidates.next().value;
        if (TextFingerprint.distance(seen.getSimHash(), fingerprint) <= TextFingerprint.MAX_DISTANCE) {
          return seen.getParagraphId();
        }
      }
    }
    return null;
  }
}
