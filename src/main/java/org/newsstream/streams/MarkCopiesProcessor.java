package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
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
 * Marks a paragraph that copies an earlier one, within the window, as its duplicate. Runs in the
 * one cross-article task ({@link StoryAssignment#TOPIC}), so every band of every paragraph is in
 * its store {@value Deduplication#COPIES_STORE} and the search needs no hop of its own.
 *
 * <p>Per band: an earlier paragraph with the same band value that this one copies (the whole
 * sketch similar, figures and names kept) is a candidate original; the earliest candidate of any
 * band wins (ties broken by id). A band that found none remembers this paragraph, even when
 * another band found one: a copy of a copy may therefore name the earlier copy rather than the
 * first original. Either way it is marked, which is what alerting and trends need.
 */
final class MarkCopiesProcessor
    implements Processor<String, EnrichedParagraph, String, EnrichedParagraph> {
  /**
   * At most this many earlier paragraphs are compared per band value. Templated text ("Shares of
   * X rose N %") gives many paragraphs one band value without making them copies (their figures
   * differ); past this many the value says nothing, so the paragraph is neither compared further
   * nor remembered there, and a paragraph's cost stays bounded however long the window.
   */
  static final int MAX_CANDIDATES = 64;
  private final DedupSettings settings;
  private ProcessorContext<String, EnrichedParagraph> context;
  private WindowStore<String, ParagraphFingerprint> fingerprints;

  MarkCopiesProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.fingerprints = context.getStateStore(Deduplication.COPIES_STORE);
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    if (paragraph == null) {
      return;
    }
    TextFingerprint fingerprint = TextFingerprint.of(paragraph);
    // Republished under its own id (already marked), or without words: a copy of nothing.
    if (paragraph.getDuplicateOf() != null || !fingerprint.hasWords()) {
      context.forward(record);
      return;
    }
    KeyValue<Long, String> original = null;
    List<String> toRemember = new ArrayList<>(TextFingerprint.BANDS);
    for (int band = 0; band < TextFingerprint.BANDS; band++) {
      String bandKey = fingerprint.bandKey(band);
      Lookup lookup = earliestOriginal(bandKey, fingerprint, record.timestamp());
      if (lookup.original() != null) {
        original = earlier(lookup.original(), original);
      } else if (!lookup.saturated()) {
        toRemember.add(bandKey);
      }
    }
    if (!toRemember.isEmpty()) {
      ParagraphFingerprint seen = new ParagraphFingerprint(ParagraphIds.of(paragraph),
          ByteBuffer.wrap(fingerprint.sketch()), fingerprint.facts());
      for (String bandKey : toRemember) {
        fingerprints.put(bandKey, seen, record.timestamp());
      }
    }
    if (original != null) {
      paragraph = EnrichedParagraph.newBuilder(paragraph).setDuplicateOf(original.value).build();
    }
    context.forward(record.withValue(paragraph));
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

  /** The earlier of two originals by event time, ties by id, so a replay decides the same. */
  private static KeyValue<Long, String> earlier(KeyValue<Long, String> a, KeyValue<Long, String> b) {
    if (b == null) {
      return a;
    }
    int byTime = Long.compare(a.key, b.key);
    return byTime < 0 || byTime == 0 && a.value.compareTo(b.value) < 0 ? a : b;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
