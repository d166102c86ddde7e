package org.newsstream.stories;

/**
 * One story in a feature's postings list: the time of its latest article, so that expired
 * stories are dropped from the list without reading them, and the feature's share of the story's
 * centroid (its weight over the centroid's length) when the story last used the feature, so that
 * summing an article's weights times these ranks candidates by (nearly) their cosine.
 */
public record Posting(String storyId, long lastSeen, double weight) {}
