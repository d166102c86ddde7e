package org.newsstream.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StoryIndex} in hash maps, for offline use ({@code annotate}, {@code eval stories}) and
 * tests. Not thread-safe: one stream of articles, one thread, as in a Kafka Streams task.
 */
public final class InMemoryStoryIndex implements StoryIndex {
  private final Map<String, Story> stories = new HashMap<>();
  private final Map<String, List<Posting>> postings = new HashMap<>();
  private final Map<String, FeatureCount> frequencies = new HashMap<>();
  private final Map<String, ArticleStory> articles = new HashMap<>();
  private long documents;
  private long streamTime = Long.MIN_VALUE;

  @Override
  public Story story(String storyId) {
    return stories.get(storyId);
  }

  @Override
  public void putStory(Story story) {
    stories.put(story.id(), story);
  }

  @Override
  public List<Posting> postings(String feature) {
    return postings.getOrDefault(feature, List.of());
  }

  @Override
  public void putPostings(String feature, List<Posting> list) {
    if (list.isEmpty()) {
      postings.remove(feature);
    } else {
      postings.put(feature, List.copyOf(list));
    }
  }

  @Override
  public FeatureCount documentFrequency(String feature) {
    return frequencies.get(feature);
  }

  @Override
  public void putDocumentFrequency(String feature, FeatureCount count) {
    frequencies.put(feature, count);
  }

  @Override
  public long streamTime() {
    return streamTime;
  }

  @Override
  public void putStreamTime(long time) {
    streamTime = time;
  }

  @Override
  public long documents() {
    return documents;
  }

  @Override
  public void putDocuments(long count) {
    documents = count;
  }

  @Override
  public ArticleStory articleStory(String articleId) {
    return articles.get(articleId);
  }

  @Override
  public void putArticleStory(String articleId, ArticleStory story) {
    articles.put(articleId, story);
  }

  @Override
  public void expire(long storiesBefore, long featuresBefore) {
    stories.values().removeIf(s -> s.lastSeen() < storiesBefore);
    articles.values().removeIf(a -> a.publishedAt() < storiesBefore);
    postings.replaceAll((feature, list) ->
        list.stream().filter(p -> p.lastSeen() >= storiesBefore).toList());
    postings.values().removeIf(List::isEmpty);
    frequencies.values().removeIf(f -> f.lastSeen() < featuresBefore);
  }

  /** Stories held, expired ones included until {@link #expire} drops them. */
  public int storiesHeld() {
    return stories.size();
  }

  /** Features with postings. */
  public int featuresIndexed() {
    return postings.size();
  }

  /** Features with a document frequency. */
  public int featuresCounted() {
    return frequencies.size();
  }
}
