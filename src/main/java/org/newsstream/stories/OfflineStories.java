package org.newsstream.stories;

import java.time.Duration;

/**
 * Story assignment over one in-memory index, for a single ordered run of articles ({@code
 * annotate}, {@code eval stories}): the same {@link StoryClusterer} as the topology, with the
 * expiry a punctuator would do run every hour of stream time instead.
 */
public final class OfflineStories {
  private static final long EXPIRE_EVERY = Duration.ofHours(1).toMillis();

  private final StoryClusterer clusterer;
  private final InMemoryStoryIndex index = new InMemoryStoryIndex();
  private long expiredAt = Long.MIN_VALUE;

  public OfflineStories(StorySettings settings) {
    this.clusterer = new StoryClusterer(settings);
  }

  public Assignment assign(StoryArticle article) {
    Assignment assignment = clusterer.assign(index, article);
    long streamTime = index.streamTime();
    if (expiredAt == Long.MIN_VALUE || streamTime - expiredAt >= EXPIRE_EVERY) {
      clusterer.expire(index);
      expiredAt = streamTime;
    }
    return assignment;
  }

  /** Counts a paragraph of an assigned article into its story; null if the article is unknown. */
  public Story addParagraph(String articleId, double sentiment, int claims) {
    return clusterer.addParagraph(index, articleId, sentiment, claims);
  }

  /** The live story {@code storyId} is part of now (itself unless merged), or null if forgotten. */
  public Story current(String storyId) {
    return clusterer.current(index, storyId);
  }

  public InMemoryStoryIndex index() {
    return index;
  }
}
