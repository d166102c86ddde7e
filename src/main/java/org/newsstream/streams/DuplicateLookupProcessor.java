package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.DuplicateProbe;
import org.newsstream.schema.DuplicateVerdict;
import org.newsstream.schema.ParagraphFingerprint;

/**
 * One band's part of the duplicate search, on the partition of the band value: answers whether an
 * earlier paragraph within the window with the same band value is one this paragraph copies (the
 * whole sketch similar, figures and names kept), and otherwise remembers this one. The answer goes
 * back keyed by article id.
 */
final class DuplicateLookupProcessor
    implements Processor<String, DuplicateProbe, String, DuplicateVerdict> {
  /**
   * At most this many earlier paragraphs are compared per band value. Templated text ("Shares of
   * X rose N %") gives many paragraphs one band value without making them copies (their figures
   * differ); past this many the value says nothing, so the paragraph is neither compared further
   * nor remembered there, and a probe's cost stays bounded however long the window.
   */
  static final int MAX_CANDIDATES = 64;
  private final DedupSettings settings;
  private ProcessorContext<String, DuplicateVerdict> context;
  private WindowStore<String, ParagraphFingerprint> fingerprints;

  DuplicateLookupProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, DuplicateVerdict> context) {
    this.context = context;
    this.fingerprints = context.getStateStore(Deduplication.FINGERPRINTS_STORE);
  }

  @Override
  public void process(Record<String, DuplicateProbe> record) {
    DuplicateProbe probe = record.value();
    TextFingerprint fingerprint =
        TextFingerprint.restore(bytes(probe.getSketch()), probe.getFacts());
    Lookup lookup = earliestOriginal(record.key(), fingerprint, record.timestamp());
    KeyValue<Long, String> original = lookup.original();
    if (original == null && !lookup.saturated()) {
      fingerprints.put(record.key(), new ParagraphFingerprint(probe.getParagraphId(),
          ByteBuffer.wrap(fingerprint.sketch()), fingerprint.facts()), record.timestamp());
    }
    DuplicateVerdict verdict = new DuplicateVerdict(probe.getParagraphId(), probe.getBand(),
        original == null ? null : original.value, original == null ? null : original.key);
    context.forward(record.withKey(probe.getArticleId()).withValue(verdict));
  }

  /** The original found (its event time and id), or null; and whether the band value is full. */
  private record Lookup(KeyValue<Long, String> original, boolean saturated) {}

  /** The earliest-stored paragraph, with its event time, that this one is a copy of. */
  private Lookup earliestOriginal(String bandKey, TextFingerprint fingerprint, long eventTime) {
    Instant at = Instant.ofEpochMilli(eventTime);
    Instant from = at.minus(settings.window());
    int compared = 0;
    try (WindowStoreIterator<ParagraphFingerprint> candidates = fingerprints.fetch(bandKey,
        from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from, at.plus(settings.window()))) {
      while (candidates.hasNext() && compared < MAX_CANDIDATES) {
        KeyValue<Long, ParagraphFingerprint> seen = candidates.next();
        compared++;
        if (fingerprint.isCopyOf(
            TextFingerprint.restore(bytes(seen.value.getSketch()), seen.value.getFacts()))) {
          return new Lookup(KeyValue.pair(seen.key, seen.value.getParagraphId()), false);
        }
      }
    }
    return new Lookup(null, compared >= MAX_CANDIDATES);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
