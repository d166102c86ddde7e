package org.newsstream.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsstream.stories.StorySettings;

/**
 * The story-clustering designs {@code eval stories} compares with the shipped one, each a change
 * of one thing, so that docs/quality.md can say what each part is worth.
 */
public final class StoryVariants {
  private StoryVariants() {}

  public static Map<String, StorySettings> compared() {
    StorySettings shipped = StorySettings.defaults();
    Map<String, StorySettings> variants = new LinkedHashMap<>();
    variants.put("shipped: words + entities, centroid, join 0.10, merge 0.30", shipped);
    variants.put("no merging", shipped.withMergeThreshold(0));
    for (double merge : new double[] {0.2, 0.25, 0.4}) {
      variants.put(String.format(java.util.Locale.ROOT, "merge at %.2f", merge),
          shipped.withMergeThreshold(merge));
    }
    variants.put("words only (entity weight 0)", shipped.withEntityWeight(0));
    variants.put("entities weighed twice a word", shipped.withEntityWeight(2));
    variants.put("story = its first article (centroid does not grow)",
        shipped.withGrowCentroid(false));
    variants.put("best of centroid and 8 latest articles (nearer single link)",
        shipped.withRecentArticles(8));
    variants.put("joins need 2 shared features", shipped.withMinShared(2));
    variants.put("lookup unbounded (10,000 postings, features, candidates)",
        shipped.withLookup(10_000, 10_000, 10_000));
    variants.put("features in > 5 % of documents not indexed", shipped.withMaxDocumentShare(0.05));
    variants.put("centroid of 256 features", shipped.withCentroidSize(256));
    for (double threshold : new double[] {0.06, 0.08, 0.12, 0.15, 0.2, 0.3}) {
      variants.put(String.format(java.util.Locale.ROOT, "threshold %.2f", threshold),
          shipped.withThreshold(threshold));
    }
    return variants;
  }
}
