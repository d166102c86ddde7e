package org.newsstream.config;

/** Names of the topics Newsstream reads and writes; configurable so that several deployments can share a cluster. */
public record TopicNames(
    String paragraphs,
    String enriched,
    String alerts,
    String deadLetter,
    String alertRules,
    String articles,
    String stories) {

  public static TopicNames defaults() {
    return new TopicNames(
        "news.paragraphs", "news.enriched", "news.alerts", "news.deadletter",
        "news.alert-rules", "news.articles", "news.stories");
  }
}
