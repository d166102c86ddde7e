package org.newsstream.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.ArticleParagraphTimes;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.CopyBand;

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
 * bands (see {@link TextFingerprint}) are looked up in one store, {@value #COPIES_STORE};
 * similar texts very likely agree on at least one band. An earlier design sent a probe per band to
 * the band's partition and gathered the answers on the article's: two more hops, eight more
 * records per paragraph, a parked copy of it in a changelog, and the in-flight answers were most
 * of what a restart after a crash had to work through (docs/performance.md, docs/reliability.md).
 * The price is that the search runs on one thread; it is four point reads per paragraph,
 * small next to the NLP that stays spread over the article partitions.
 *
 * <p>Order: one article's paragraphs stay in article order all the way to {@code news.enriched}.
 */
final class Deduplication {
  /**
   * One entry per article since session 12 (was "paragraph-ids", one per paragraph id, and
   * before session 11 the window store "paragraph-ids-seen"): an article's paragraphs are read
   * from the cache after its first and share one changelog record per commit. A data folder from
   * before starts it empty (docs/reliability.md).
   */
  static final String SEEN_IDS_STORE = "article-paragraph-times";
  /**
   * Key-value since session 11, one entry per band value (was the window store
   * "copy-fingerprints", and before that "paragraph-fingerprints", spread over the band
   * partitions); a data folder from before starts it empty.
   */
  static final String COPIES_STORE = "copy-bands";

  private Deduplication() {}

  /** Marks paragraphs republished under their own id; still keyed and partitioned by article. */
  static KStream<String, EnrichedParagraph> markRepublished(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> byArticle, Topics topics, DedupSettings settings) {
    // Cached: one changelog record per article and commit, however many of its paragraphs came.
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
        SEEN_IDS_STORE), Serdes.String(), topics.serde(ArticleParagraphTimes.class))
        .withCachingEnabled());
    return byArticle.process(() -> new RepublishedProcessor(settings),
        Named.as("mark-republished"), SEEN_IDS_STORE);
  }

  /** Marks copies of earlier paragraphs; {@code inOneTask} is the one cross-article task's input. */
  static KStream<String, EnrichedParagraph> markCopies(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> inOneTask, Topics topics, DedupSettings settings) {
    // Cached: a band value read with nearly every paragraph (a wire story's copies) is written
    // once per commit.
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
        COPIES_STORE), Serdes.String(), topics.serde(CopyBand.class)).withCachingEnabled());
    return inOneTask.process(() -> new MarkCopiesProcessor(settings), Named.as("mark-copies"),
        COPIES_STORE);
  }
}
