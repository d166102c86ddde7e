package org.newsstream.ingest;

import java.util.List;

/** An article as a publisher sees it: an id, an optional title and its paragraphs in order. */
public record Article(String id, String title, List<String> paragraphs) {
  public Article {
    paragraphs = List.copyOf(paragraphs);
  }
}
