package org.newsstream.enrichment.linking;

/**
 * The dictionary's reading of a mention: the Wikipedia title its anchors point to most often.
 *
 * @param title a Wikipedia title as the dictionary spells it, underscores for spaces
 * @param probability share of the mention's anchors that point to {@code title}, in (0, 1]
 */
public record Prior(String title, double probability) {}
