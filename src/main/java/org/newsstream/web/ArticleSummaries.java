package org.newsstream.web;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds what the pipeline knows about one article. Answers may say that another instance holds the
 * article, so that the HTTP layer can forward the request there.
 */
public interface ArticleSummaries {

  Lookup lookup(String articleId);

  /** The outcome of one lookup. */
  sealed interface Lookup {}

  /** This instance holds the article; {@code summary} is its JSON view. */
  record Found(ObjectNode summary) implements Lookup {}

  /** The instance owning the article's partition knows nothing of it. */
  record Missing() implements Lookup {}

  /** Another instance owns the article's partition; ask it at {@code host:port}. */
  record Elsewhere(String host, int port) implements Lookup {}

  /** No instance can answer right now (starting, rebalancing, restoring); try again soon. */
  record Unavailable(String reason) implements Lookup {}
}
