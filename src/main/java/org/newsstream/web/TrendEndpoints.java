package org.newsstream.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * {@code GET /api/entities/top?window=10m&limit=10} and {@code GET /api/sentiment?window=30m}: what
 * the news has been about lately, and in what mood.
 */
public final class TrendEndpoints {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final TopEntities topEntities;
  private final SentimentTimeline sentiment;
  private final Duration longestWindow;

  /** @param longestWindow the retention of the counts behind both endpoints */
  public TrendEndpoints(TopEntities topEntities, SentimentTimeline sentiment, Duration longestWindow) {
    this.topEntities = topEntities;
    this.sentiment = sentiment;
    this.longestWindow = longestWindow;
  }

  public void register(Javalin app) {
    app.get("/api/entities/top", this::top);
    app.get("/api/sentiment", this::sentiment);
  }

  private void top(Context ctx) {
    QueryParams params = QueryParams.of(ctx, "window", "limit", "scope");
    Duration window = params.duration("window", "10m", longestWindow);
    int limit = params.integer("limit", 1, 100, 10);
    // Instances gathering a whole answer ask each other for their own part only.
    boolean here = params.flag("scope", "local");
    ArrayNode out = JSON.arrayNode();
    (here ? topEntities.topHere(window, limit) : topEntities.top(window, limit)).forEach(e -> out.addObject()
        .put("id", e.id()).put("canonical", e.canonical()).put("type", e.type()).put("mentions", e.mentions()));
    ctx.json(out);
  }

  private void sentiment(Context ctx) {
    QueryParams params = QueryParams.of(ctx, "window", "points");
    Duration window = params.duration("window", "30m", longestWindow);
    int points = params.integer("points", 2, 500, 60);
    ArrayNode out = JSON.arrayNode();
    sentiment.points(window, points).forEach(p -> out.addObject()
        .put("at", p.at().toString()).put("mean", p.mean()).put("paragraphs", p.paragraphs()));
    ctx.json(out);
  }
}
