package org.newsstream.stories;

import java.util.List;
import java.util.Objects;

/**
 * What story assignment reads of one article: its id, the text that decides its story (the title
 * or first paragraph), the keys of the entities enrichment found in it ({@link EntityKeys}), when
 * it was published and by whom.
 *
 * @param publishedAt epoch milliseconds; the clock every window of the clusterer runs on
 * @param source the publisher, or null when unknown
 */
public record StoryArticle(String articleId, String text, List<String> entityKeys,
    long publishedAt, String source) {

  public StoryArticle {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    entityKeys = List.copyOf(entityKeys);
  }
}
