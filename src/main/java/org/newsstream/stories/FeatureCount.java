package org.newsstream.stories;

/**
 * In how many documents a word or entity occurred, and when it last did (its count is forgotten
 * a vocabulary horizon after that).
 */
public record FeatureCount(long documents, long lastSeen) {}
