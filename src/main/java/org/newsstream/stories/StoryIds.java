package org.newsstream.stories;

/**
 * The id a story goes by outside the clusterer: on {@code news.stories}, on enriched paragraphs,
 * article summaries and alerts, and in {@code annotate}'s output. The clusterer names a story
 * after its first article; the prefix keeps a story id from being mistaken for an article id.
 */
public final class StoryIds {
  public static final String PREFIX = "story:";

  private StoryIds() {}

  public static String publicId(String clustererId) {
    return PREFIX + clustererId;
  }
}
