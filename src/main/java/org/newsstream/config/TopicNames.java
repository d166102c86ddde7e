package org.newsstream.config;

/** Names of the topics Newsstream reads and writes; configurable so that several deployments can share a cluster. */
public record TopicNames(
    String paragraphs,
    String enriched,
    String alerts,
    String deadLetter,
    String alertRules,
    String articles) {

  /**
   * The compacted topic where enrichment records who owns each surname across articles, read
   * back into a global store. Named after {@link #enriched}, so that deployments that name
   * their topics apart also keep their surname memories apart.
   */
  public String surnameOwners() {
    return enriched + ".surname-owners";
  }

  public static TopicNames defaults() {
    return new TopicNames(
        "news.paragraphs", "news.enriched", "news.alerts", "news.deadletter",
        "news.alert-rules", "news.articles");
  }
}
