package org.newsstream.streams;

import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.StorySummary;

/**
 * One output of story assignment: a story-stamped paragraph for {@code news.enriched}, or a
 * story's summary for {@code news.stories}, where a null summary is the tombstone of an expired
 * story. A plain holder rather than the records themselves, because a tombstone has no type to
 * tell it apart by.
 */
record StoryOutput(EnrichedParagraph paragraph, StorySummary summary) {
  static StoryOutput paragraph(EnrichedParagraph paragraph) {
    return new StoryOutput(paragraph, null);
  }

  static StoryOutput summary(StorySummary summary) {
    return new StoryOutput(null, summary);
  }

  static StoryOutput tombstone() {
    return new StoryOutput(null, null);
  }

  boolean isParagraph() {
    return paragraph != null;
  }
}
