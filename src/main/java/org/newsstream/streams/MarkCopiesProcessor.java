package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.BandMemory;
import org.newsstream.dedup.CopyVerdicts;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.CopyBand;
import org.newsstream.schema.CopyBandEntry;
import org.newsstream.schema.EnrichedParagraph;

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
 *
 * <p>A band value's paragraphs are one key-value entry ({@link BandMemory}), not a window
 * store's range: a range read opened a RocksDB iterator on every segment it spanned and decoded
 * every entry, four times a paragraph, and was the largest cost of the task (docs/performance.md,
 * session 11). The values read are also kept decoded in memory, for the band values of wire
 * copies and templates that are read with nearly every paragraph; this processor is the store's
 * only writer, so the memory is the store's content, and it starts empty with each task.
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
  /** Band values kept decoded; each holds at most a few hundred small entries. */
  static final int DECODED_VALUES = 4096;
  private final DedupSettings settings;
  private ProcessorContext<String, EnrichedParagraph> context;
  private KeyValueStore<String, CopyBand> bands;
  private Map<String, BandMemory> decoded;

  MarkCopiesProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.bands = context.getStateStore(Deduplication.COPIES_STORE);
    // Anew with every (re)initialisation: a task revived after an abort reads its store again.
    this.decoded = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, BandMemory> eldest) {
        return size() > DECODED_VALUES;
      }
    };
    context.schedule(Retention.sweepEvery(settings.retention()),
        PunctuationType.WALL_CLOCK_TIME, now -> forgetExpired());
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
    long at = record.timestamp();
    long oldestKept = Retention.oldestKept(context, settings.retention());
    KeyValue<Long, String> original = null;
    List<String> toRemember = new ArrayList<>(TextFingerprint.BANDS);
    CopyVerdicts verdicts = new CopyVerdicts(fingerprint);
    for (int band = 0; band < TextFingerprint.BANDS; band++) {
      String bandKey = fingerprint.bandKey(band);
      BandMemory.Lookup lookup = memoryOf(bandKey).find(verdicts, at,
          settings.window().toMillis(), oldestKept, MAX_CANDIDATES);
      if (lookup.original().isPresent()) {
        BandMemory.Seen seen = lookup.original().get();
        original = earlier(KeyValue.pair(seen.eventTime(), seen.paragraphId()), original);
      } else if (!lookup.saturated()) {
        toRemember.add(bandKey);
      }
    }
    if (!toRemember.isEmpty()) {
      BandMemory.Seen seen = new BandMemory.Seen(at, ParagraphIds.of(paragraph),
          TextFingerprint.restore(fingerprint.sketch(), fingerprint.facts()));
      for (String bandKey : toRemember) {
        BandMemory next = memoryOf(bandKey).remember(seen, oldestKept);
        decoded.put(bandKey, next);
        bands.put(bandKey, encode(next));
      }
    }
    if (original != null) {
      paragraph = EnrichedParagraph.newBuilder(paragraph).setDuplicateOf(original.value).build();
    }
    context.forward(record.withValue(paragraph));
  }

  private BandMemory memoryOf(String bandKey) {
    BandMemory memory = decoded.get(bandKey);
    if (memory == null) {
      memory = decode(bands.get(bandKey));
      decoded.put(bandKey, memory);
    }
    return memory;
  }

  /** Deletes the band values whose every paragraph is older than the retention. */
  private void forgetExpired() {
    long oldestKept = Retention.oldestKept(context, settings.retention());
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, CopyBand> all = bands.all()) {
      all.forEachRemaining(kv -> {
        List<CopyBandEntry> entries = kv.value.getEntries();
        if (entries.isEmpty() || entries.get(entries.size() - 1).getEventTime() < oldestKept) {
          expired.add(kv.key);
        }
      });
    }
    for (String key : expired) {
      bands.delete(key);
      decoded.remove(key);
    }
  }

  private static BandMemory decode(CopyBand band) {
    if (band == null) {
      return BandMemory.empty();
    }
    List<BandMemory.Seen> entries = new ArrayList<>(band.getEntries().size());
    for (CopyBandEntry entry : band.getEntries()) {
      entries.add(new BandMemory.Seen(entry.getEventTime(), entry.getParagraphId(),
          TextFingerprint.restore(bytes(entry.getSketch()), entry.getFacts())));
    }
    return BandMemory.of(entries);
  }

  private static CopyBand encode(BandMemory memory) {
    List<CopyBandEntry> entries = new ArrayList<>(memory.entries().size());
    for (BandMemory.Seen seen : memory.entries()) {
      entries.add(new CopyBandEntry(seen.eventTime(), seen.paragraphId(),
          ByteBuffer.wrap(seen.fingerprint().sketch()), seen.fingerprint().facts()));
    }
    return new CopyBand(entries);
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
