package org.newsstream.stories;

import java.time.Duration;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;

/**
 * How the clusterer decides and how much it keeps. The defaults are what {@code eval stories}
 * measured best on the development headlines (docs/quality.md); the caps are what bound the work
 * per article and the state, whatever the number of live stories.
 *
 * @param window a story takes no article after this long without one (and is then forgotten)
 * @param vocabularyHorizon a word or entity unseen this long has its document frequency forgotten
 * @param threshold cosine similarity to a story's centroid at or above which an article joins it
 * @param mergeThreshold when an article is at least this similar to two or more candidate stories,
 *     they are one story: the younger ones are merged into the oldest (0: never merge)
 * @param minShared features an article must share with a story to join it
 * @param entityWeight weight of an entity against a word of the same rarity
 * @param maxPostings stories remembered per word or entity in the inverted index, most recent first
 * @param lookupFeatures an article's heaviest features used to look up candidates
 * @param maxCandidates stories compared in full with an article, the best-sharing first
 * @param maxDocumentShare a feature in more than this share of documents is neither indexed nor
 *     looked up (it points at too many stories to tell them apart)
 * @param minDocumentsForShare the share rule applies once this many documents have been seen
 * @param centroidSize features kept per story, the heaviest
 * @param recentArticles latest articles remembered per story; an article's similarity to a story
 *     is the best of its centroid's and theirs (0: the centroid's alone)
 * @param maxSources distinct sources remembered per story
 * @param growCentroid true: a story's centroid is the sum of its articles; false: its first
 *     article's (compared in docs/quality.md)
 */
public record StorySettings(Duration window, Duration vocabularyHorizon, double threshold,
    double mergeThreshold, int minShared, double entityWeight, int maxPostings,
    int lookupFeatures, int maxCandidates, double maxDocumentShare, int minDocumentsForShare,
    int centroidSize, int recentArticles, int maxSources, boolean growCentroid) {

  public static final Duration DEFAULT_WINDOW =
      Durations.parse(NewsstreamConfig.DEFAULT_STORY_WINDOW);

  public StorySettings {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("story window must be positive, got " + window);
    }
    if (vocabularyHorizon.compareTo(window) < 0) {
      throw new IllegalArgumentException("vocabulary horizon " + vocabularyHorizon
          + " must be at least the story window " + window);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    if (!(mergeThreshold == 0 || (mergeThreshold >= threshold && mergeThreshold <= 1))) {
      throw new IllegalArgumentException("merge threshold must be 0 (never) or in [threshold, 1], "
          + "got " + mergeThreshold);
    }
    if (minShared < 1) {
      throw new IllegalArgumentException("min shared features must be ≥ 1, got " + minShared);
    }
    if (!(entityWeight >= 0)) {
      throw new IllegalArgumentException("entity weight must be ≥ 0, got " + entityWeight);
    }
    if (maxPostings < 1 || lookupFeatures < 1 || maxCandidates < 1 || centroidSize < 1
        || maxSources < 1 || minDocumentsForShare < 0 || recentArticles < 0) {
      throw new IllegalArgumentException("story caps must be positive");
    }
    if (!(maxDocumentShare > 0 && maxDocumentShare <= 1)) {
      throw new IllegalArgumentException("max document share must be in (0, 1], got "
          + maxDocumentShare);
    }
  }

  public static StorySettings defaults() {
    return new StorySettings(DEFAULT_WINDOW, Duration.ofDays(30), 0.1, 0.3, 1, 1.0, 32, 16, 8,
        0.2, 200, 64, 0, 100, true);
  }

  public StorySettings withWindow(Duration window) {
    return new StorySettings(window,
        vocabularyHorizon.compareTo(window) < 0 ? window : vocabularyHorizon, threshold,
        mergeThreshold, minShared, entityWeight, maxPostings, lookupFeatures, maxCandidates,
        maxDocumentShare, minDocumentsForShare, centroidSize, recentArticles, maxSources,
        growCentroid);
  }

  public StorySettings withThreshold(double threshold) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withMergeThreshold(double mergeThreshold) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withMinShared(int minShared) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withEntityWeight(double entityWeight) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withMaxDocumentShare(double maxDocumentShare) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withCentroidSize(int centroidSize) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withRecentArticles(int recentArticles) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withGrowCentroid(boolean growCentroid) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }

  public StorySettings withLookup(int maxPostings, int lookupFeatures, int maxCandidates) {
    return new StorySettings(window, vocabularyHorizon, threshold, mergeThreshold, minShared,
        entityWeight, maxPostings, lookupFeatures, maxCandidates, maxDocumentShare,
        minDocumentsForShare, centroidSize, recentArticles, maxSources, growCentroid);
  }
}
