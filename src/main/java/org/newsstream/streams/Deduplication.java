package org.newsstream.streams;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.ParagraphFingerprint;

/**
 * Marks syndicated copies and republished paragraphs with {@code duplicateOf}, so they raise no
 * alert. Appended to the enrichment topology after enrichment.
 *
 * <p>Copies of one story carry different article ids and so live on different partitions. To
 * meet, they must be keyed by something they share: a band of their MinHash values. Similar
 * texts very likely agree on at least one of the {@link TextFingerprint#BANDS} bands (see
 * {@link TextFingerprint}), so each paragraph visits one band after the other, each
 * through its own repartition topic ({@code paragraph-fingerprint-band-N}) and window store
 * ({@code paragraph-fingerprints-N}) holding the fingerprints seen on that band. A chain instead of
 * a fan-out to every band and a gather: no partial verdicts to store and join, at the price of one
 * hop per band. The last band writes the paragraph back keyed by article id.
 *
 * <p>Before the bands, still keyed by article id, {@code paragraph-ids-seen} catches an article
 * republished under its own id: its paragraphs become duplicates of themselves, even if edited.
 *
 * <p>Order: enrichment has already run in article order (its name memory needs that), but the
 * band hops scatter one article's paragraphs over several partitions, so on {@code news.enriched}
 * they can arrive out of order. Consumers use the paragraph index; nothing downstream (alerts,
 * trends, article summaries) depends on arrival order.
 */
final class Deduplication {
  static final String SEEN_IDS_STORE = "paragraph-ids-seen";
  static final String FINGERPRINTS_STORE = "paragraph-fingerprints";
  static final String BAND_TOPIC = "paragraph-fingerprint-band";

  private Deduplication() {}

  static String fingerprintStore(int band) {
    return FINGERPRINTS_STORE + "-" + band;
  }

  /** Returns the stream keyed by article id again, with duplicates marked. */
  static KStream<String, EnrichedParagraph> append(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> byArticle, Topics topics, DedupSettings settings) {
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
        SEEN_IDS_STORE, settings.retention(), Duration.ofMillis(1), false),
        Serdes.String(), Serdes.String()));
    KStream<String, EnrichedParagraph> stream = byArticle.process(
        () -> new RepublishedProcessor(settings), Named.as("mark-republished"), SEEN_IDS_STORE);
    Serde<EnrichedParagraph> serde = topics.enriched.valueSerde();
    Serde<ParagraphFingerprint> fingerprintSerde = topics.serde(ParagraphFingerprint.class);
    for (int band = 0; band < TextFingerprint.BANDS; band++) {
      int current = band;
      // Duplicates retained: several paragraphs may share a band value; the whole sketch decides.
      builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
          fingerprintStore(band), settings.retention(), Duration.ofMillis(1), true),
          Serdes.String(), fingerprintSerde));
      stream = stream
          .repartition(Repartitioned.with(Serdes.String(), serde).withName(BAND_TOPIC + "-" + band))
          .process(() -> new NearDuplicateProcessor(current, settings),
              Named.as("near-duplicates-band-" + band), fingerprintStore(band));
    }
    return stream;
  }
}
