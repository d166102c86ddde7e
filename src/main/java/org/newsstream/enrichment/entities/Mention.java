package org.newsstream.enrichment.entities;

import org.newsstream.schema.EntityType;

/**
 * A stretch of paragraph text the tagger labelled as one entity, before canonicalisation.
 *
 * @param start offset in the paragraph text
 * @param end exclusive end offset
 */
public record Mention(String text, EntityType type, int start, int end) {}
