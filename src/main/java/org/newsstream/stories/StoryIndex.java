package org.newsstream.stories;

import java.util.List;

/**
 * The state story assignment reads and writes, as four key-value tables, so that the same
 * {@link StoryClusterer} runs over {@link InMemoryStoryIndex} offline and over Kafka Streams
 * key-value stores in the topology:
 *
 * <ul>
 *   <li>stories: story id → {@link Story};
 *   <li>postings: feature ({@code w:stem} or {@code e:entity-key}) → the stories that used it,
 *       most recent first, at most {@link StorySettings#maxPostings()};
 *   <li>document frequencies: feature → {@link FeatureCount}, with the number of documents seen
 *       and the stream time;
 *   <li>articles: article id → {@link ArticleStory}.
 * </ul>
 *
 * <p>Implementations store and return what they are given and nothing more: which entries are
 * still valid is decided by the clusterer from their timestamps against the stream time kept
 * here, so results never depend on when {@link #expire} ran.
 *
 * <p>In a topology each table is a key-value store, and since any article may join any story,
 * all four must be seen by one task: assignment runs after a hop to a single-partition topic.
 * It costs a small share of enrichment per article, so one task keeps up with many enriching
 * ones; a punctuator on stream time calls {@link StoryClusterer#expire}.
 */
public interface StoryIndex {

  /** The story with this id, or null. */
  Story story(String storyId);

  void putStory(Story story);

  /** The postings of a feature, or an empty list. */
  List<Posting> postings(String feature);

  void putPostings(String feature, List<Posting> postings);

  /** How many documents had this feature, or null if none (or forgotten). */
  FeatureCount documentFrequency(String feature);

  void putDocumentFrequency(String feature, FeatureCount count);

  /**
   * Stream time: the latest {@code publishedAt} of the articles assigned so far, the clock every
   * window runs on; {@link Long#MIN_VALUE} before the first.
   */
  long streamTime();

  void putStreamTime(long streamTime);

  /** Documents counted so far. */
  long documents();

  void putDocuments(long documents);

  /** The story of an article already assigned, or null. */
  ArticleStory articleStory(String articleId);

  void putArticleStory(String articleId, ArticleStory story);

  /**
   * Drops stories and article links last seen before {@code storiesBefore}, postings older than
   * that, and document frequencies last seen before {@code featuresBefore}. Only frees space:
   * the clusterer already ignores what is this old.
   */
  void expire(long storiesBefore, long featuresBefore);
}
