package org.newsstream.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Duration;
import org.newsstream.config.Durations;

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
    Duration window = window(ctx, "10m");
    int limit = ctx.queryParamAsClass("limit", Integer.class)
        .check(n -> n >= 1 && n <= 100, "limit must be between 1 and 100").getOrDefault(10);
    boolean here = "local".equals(ctx.queryParam("scope"));
    ArrayNode out = JSON.arrayNode();
    (here ? topEntities.topHere(window, limit) : topEntities.top(window, limit)).forEach(e -> out.addObject()
        .put("canonical", e.canonical()).put("type", e.type()).put("mentions", e.mentions()));
    ctx.json(out);
  }

  private void sentiment(Context ctx) {
    Duration window = window(ctx, "30m");
    int points = ctx.queryParamAsClass("points", Integer.class)
        .check(n -> n >= 2 && n <= 500, "points must be between 2 and 500").getOrDefault(60);
    ArrayNode out = JSON.arrayNode();
    sentiment.points(window, points).forEach(p -> out.addObject()
        .put("at", p.at().toString()).put("mean", p.mean()).put("paragraphs", p.paragraphs()));
    ctx.json(out);
  }

  private Duration window(Context ctx, String otherwise) {
    String text = ctx.queryParam("window");
    Duration window;
    try {
      window = Durations.parse(text == null ? otherwise : text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("window: " + e.getMessage());
    }
    if (window.isZero() || window.compareTo(longestWindow) > 0) {
      throw new BadRequestResponse("window: must be more than 0 and at most " + longestWindow.toMinutes() + "m");
    }
    return window;
  }
}
