package org.newsstream.streams;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsstream.schema.FeatureWeight;
import org.newsstream.schema.StoryArticleLink;
import org.newsstream.schema.StoryFeatureCount;
import org.newsstream.schema.StoryPosting;
import org.newsstream.schema.StoryPostings;
import org.newsstream.schema.StoryState;
import org.newsstream.stories.ArticleStory;
import org.newsstream.stories.FeatureCount;
import org.newsstream.stories.Posting;
import org.newsstream.stories.Story;

/**
 * The clusterer's values as the Avro records its stores keep, and back: field for field, so a
 * story read from a store is equal to the one written (which is what makes the topology decide
 * as {@code annotate} and {@code eval stories} do over the in-memory index).
 */
final class StoryRecords {
  private StoryRecords() {}

  static StoryState toRecord(Story story) {
    return StoryState.newBuilder()
        .setId(story.id())
        .setHeadline(story.headline())
        .setFirstSeen(story.firstSeen())
        .setLastSeen(story.lastSeen())
        .setArticleCount(story.articleCount())
        .setSources(List.copyOf(story.sources()))
        .setCentroid(weights(story.centroid()))
        .setRecent(story.recent().stream().map(StoryRecords::weights).toList())
        .setParagraphs(story.paragraphs())
        .setSentimentSum(story.sentimentSum())
        .setClaims(story.claims())
        .setMergedInto(story.mergedInto())
        .build();
  }

  static Story fromRecord(StoryState state) {
    return new Story(state.getId(), state.getHeadline(), state.getFirstSeen(),
        state.getLastSeen(), state.getArticleCount(), new TreeSet<>(state.getSources()),
        weights(state.getCentroid()),
        state.getRecent().stream().map(StoryRecords::weights).toList(), state.getParagraphs(),
        state.getSentimentSum(), state.getClaims(), state.getMergedInto());
  }

  static StoryPostings toRecord(List<Posting> postings) {
    return new StoryPostings(postings.stream()
        .map(p -> new StoryPosting(p.storyId(), p.lastSeen(), p.weight())).toList());
  }

  static List<Posting> fromRecord(StoryPostings postings) {
    return postings.getPostings().stream()
        .map(p -> new Posting(p.getStoryId(), p.getLastSeen(), p.getWeight())).toList();
  }

  static StoryFeatureCount toRecord(FeatureCount count) {
    return new StoryFeatureCount(count.documents(), count.lastSeen());
  }

  static FeatureCount fromRecord(StoryFeatureCount count) {
    return new FeatureCount(count.getDocuments(), count.getLastSeen());
  }

  static StoryArticleLink toRecord(ArticleStory link) {
    return new StoryArticleLink(link.storyId(), link.publishedAt());
  }

  static ArticleStory fromRecord(StoryArticleLink link) {
    return new ArticleStory(link.getStoryId(), link.getPublishedAt());
  }

  private static List<FeatureWeight> weights(Map<String, Double> weights) {
    return weights.entrySet().stream()
        .map(e -> new FeatureWeight(e.getKey(), e.getValue())).toList();
  }

  private static SortedMap<String, Double> weights(List<FeatureWeight> weights) {
    TreeMap<String, Double> map = new TreeMap<>();
    weights.forEach(w -> map.put(w.getFeature(), w.getWeight()));
    return map;
  }
}
