package org.newsstream.bench;

import java.util.ArrayList;
import java.util.List;
import org.newsstream.ingest.Article;

/**
 * Articles for load tests made from a template article: each copy gets its own id and every
 * paragraph a numbered dateline, so each is a distinct record that the pipeline fully enriches
 * and judges: the number is a figure the copies do not share, so none is a duplicate of another.
 */
public final class SyntheticArticles {
  private SyntheticArticles() {}

  /** Enough copies of {@code template} to give at least {@code paragraphs} paragraphs. */
  public static List<Article> of(Article template, int paragraphs) {
    return of(template, paragraphs, 0);
  }

  /**
   * As {@link #of(Article, int)}, numbering the copies from {@code firstCopy}: loads with
   * disjoint numbers share no article id and no paragraph is a copy of one in the other.
   */
  public static List<Article> of(Article template, int paragraphs, int firstCopy) {
    if (firstCopy < 0) {
      throw new IllegalArgumentException("firstCopy must be at least 0, was " + firstCopy);
    }
    if (template.paragraphs().isEmpty()) {
      throw new IllegalArgumentException("the template article has no paragraphs");
    }
    List<Article> articles = new ArrayList<>();
    int made = 0;
    for (int copy = firstCopy; made < paragraphs; copy++) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < template.paragraphs().size() && made < paragraphs; i++, made++) {
        texts.add("Update " + copy + ": " + template.paragraphs().get(i));
      }
      articles.add(new Article(String.format("bench-%06d", copy), template.title(), texts));
    }
    return articles;
  }
}
