package org.newsstream.streams;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.ParagraphFingerprint;

/**
 * Marks syndicated copies and republished paragraphs with {@code duplicateOf}, so they raise no
 * alert. Appended to the pipeline after enrichment, in two places.
 *
 * <p>On the article partition, {@value #SEEN_IDS_STORE} catches an article republished under its
 * own id: its paragraphs become duplicates of themselves, even if edited.
 *
 * <p>Copies of one story carry different article ids and so live on different partitions. They
 * meet where every paragraph meets anyway: the one task of story assignment ({@link
 * StoryAssignment}), whose decisions read any article's state. There, each paragraph's MinHash
 * bands (see {@link TextFingerprint}) are looked up in one window store, {@value #COPIES_STORE};
 * similar texts very likely agree on at least one band. An earlier design sent a probe per band to
 * the band's partition and gathered the answers on the article's: two more hops, eight more
 * records per paragraph, a parked copy of it in a changelog, and the in-flight answers were most
 * of what a restart after a crash had to work through (docs/performance.md, docs/reliability.md).
 * The price is that the search runs on one thread; it is a few window-store reads per paragraph,
 * small next to the NLP that stays spread over the article partitions.
 *
 * <p>Order: one article's paragraphs stay in article order all the way to {@code news.enriched}.
 */
final class Deduplication {
  static final String SEEN_IDS_STORE = "paragraph-ids-seen";
  /**
   * Not the earlier "paragraph-fingerprints": that store was spread over the band partitions, its
   * changelog has as many partitions as the paragraphs topic and cannot serve a one-task store.
   */
  static final String COPIES_STORE = "copy-fingerprints";

  private Deduplication() {}

  /** Marks paragraphs republished under their own id; still keyed and partitioned by article. */
  static KStream<String, EnrichedParagraph> markRepublished(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> byArticle, DedupSettings settings) {
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
        SEEN_IDS_STORE, settings.retention(), Duration.ofMillis(1), false),
        Serdes.String(), Serdes.String()));
    return byArticle.process(() -> new RepublishedProcessor(settings),
        Named.as("mark-republished"), SEEN_IDS_STORE);
  }

  /** Marks copies of earlier paragraphs; {@code inOneTask} is the one cross-article task's input. */
  static KStream<String, EnrichedParagraph> markCopies(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> inOneTask, Topics topics, DedupSettings settings) {
    // Duplicates retained: several paragraphs may share a band value; the whole sketch decides.
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
            COPIES_STORE, settings.retention(), Duration.ofMillis(1), true),
        Serdes.String(), topics.serde(ParagraphFingerprint.class)));
    return inOneTask.process(() -> new MarkCopiesProcessor(settings), Named.as("mark-copies"),
        COPIES_STORE);
  }
}
