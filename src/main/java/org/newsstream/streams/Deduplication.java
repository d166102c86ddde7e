package org.newsstream.streams;

import java.time.Duration;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.DuplicateProbe;
import org.newsstream.schema.DuplicateVerdict;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.ParagraphFingerprint;
import org.newsstream.schema.DuplicateProgress;

/**
 * Marks syndicated copies and republished paragraphs with {@code duplicateOf}, so they raise no
 * alert. Appended to the pipeline after enrichment.
 *
 * <p>Copies of one story carry different article ids and so live on different partitions. To
 * meet, they must be keyed by something they share: a band of their MinHash values. Similar texts
 * very likely agree on at least one of the {@link TextFingerprint#BANDS} bands (see
 * {@link TextFingerprint}). So a paragraph is parked on its article partition
 * ({@value #PENDING_STORE}) while a small probe per band travels, through one repartition topic
 * ({@value #BAND_TOPIC}), to the partition of that band value, where the window store
 * {@value #FINGERPRINTS_STORE} holds the fingerprints seen on it. Each band answers through a
 * second topic ({@value #VERDICT_TOPIC}) keyed by article id, and once all have answered the
 * paragraph goes on. Two hops of small records whatever the number of bands; the chain this
 * replaced sent the whole paragraph through one hop per band (docs/performance.md).
 *
 * <p>Before the bands, still keyed by article id, {@value #SEEN_IDS_STORE} catches an article
 * republished under its own id: its paragraphs become duplicates of themselves, even if edited,
 * and need no probe; nor does a paragraph without words, which copies nothing.
 *
 * <p>Each band remembers a paragraph it found no original for, even if another band did: a copy
 * of a copy may therefore name the earlier copy rather than the first original. Either way it is
 * marked, which is what alerting and trends need.
 *
 * <p>Order: enrichment has already run in article order (its name memory needs that), but
 * paragraphs are released as their verdicts complete, so on {@code news.enriched} one article's
 * paragraphs can arrive out of order. Consumers use the paragraph index; nothing downstream
 * (alerts, trends, article summaries) depends on arrival order.
 */
final class Deduplication {
  static final String SEEN_IDS_STORE = "paragraph-ids-seen";
  static final String PENDING_STORE = "duplicate-pending";
  static final String PROGRESS_STORE = "duplicate-progress";
  static final String FINGERPRINTS_STORE = "paragraph-fingerprints";
  static final String BAND_TOPIC = "paragraph-fingerprint-bands";
  static final String VERDICT_TOPIC = "duplicate-verdicts";
  /**
   * A parked paragraph and its progress are written and deleted a commit or two later: small
   * segments let compaction drop those pairs soon, so restoring after a crash reads little.
   */
  private static final Map<String, String> PENDING_CHANGELOG = Map.of(
      "segment.bytes", String.valueOf(16 * 1024 * 1024),
      "segment.ms", String.valueOf(Duration.ofMinutes(10).toMillis()),
      "min.cleanable.dirty.ratio", "0.1");

  private Deduplication() {}

  /** Returns the stream keyed by article id again, with duplicates marked. */
  static KStream<String, EnrichedParagraph> append(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> byArticle, Topics topics, DedupSettings settings) {
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
        SEEN_IDS_STORE, settings.retention(), Duration.ofMillis(1), false),
        Serdes.String(), Serdes.String()));
    // Caching lets a paragraph parked and released within one commit never reach the changelog.
    builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PENDING_STORE), Serdes.String(),
            topics.enriched.valueSerde())
        .withCachingEnabled()
        .withLoggingEnabled(PENDING_CHANGELOG));
    builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PROGRESS_STORE), Serdes.String(),
            topics.serde(DuplicateProgress.class))
        .withCachingEnabled()
        .withLoggingEnabled(PENDING_CHANGELOG));
    // Duplicates retained: several paragraphs may share a band value; the whole sketch decides.
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
            FINGERPRINTS_STORE, settings.retention(), Duration.ofMillis(1), true),
        Serdes.String(), topics.serde(ParagraphFingerprint.class)));

    KStream<String, SpecificRecord> scattered = byArticle
        .process(() -> new RepublishedProcessor(settings), Named.as("mark-republished"),
            SEEN_IDS_STORE)
        .process(DuplicateScatterProcessor::new, Named.as("scatter-to-bands"), PENDING_STORE);
    KStream<String, EnrichedParagraph> decided = scattered
        .filter((key, value) -> value instanceof EnrichedParagraph, Named.as("decided-at-once"))
        .mapValues(value -> (EnrichedParagraph) value, Named.as("as-decided-paragraph"));
    KStream<String, EnrichedParagraph> gathered = scattered
        .filter((key, value) -> value instanceof DuplicateProbe, Named.as("band-probes"))
        .mapValues(value -> (DuplicateProbe) value, Named.as("as-band-probe"))
        .repartition(Repartitioned.with(Serdes.String(), topics.serde(DuplicateProbe.class))
            .withName(BAND_TOPIC))
        .process(() -> new DuplicateLookupProcessor(settings), Named.as("look-up-band"),
            FINGERPRINTS_STORE)
        .repartition(Repartitioned.with(Serdes.String(), topics.serde(DuplicateVerdict.class))
            .withName(VERDICT_TOPIC))
        .process(DuplicateGatherProcessor::new, Named.as("gather-verdicts"), PENDING_STORE,
            PROGRESS_STORE);
    return decided.merge(gathered, Named.as("deduplicated"));
  }
}
