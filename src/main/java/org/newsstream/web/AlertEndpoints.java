package org.newsstream.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsstream.serde.AvroJson;

/**
 * {@code GET /api/alerts} (the most recent alerts) and {@code GET /api/alerts/stream} (Server-Sent
 * Events, one {@code alert} event per alert, its id the feed sequence so that a reconnecting
 * EventSource resumes with {@code Last-Event-ID}). Both take {@code rule}, {@code severity} and
 * {@code entity} filters.
 */
public final class AlertEndpoints implements AutoCloseable {
  private static final int MAX_LIMIT = 1000;
  private final AlertFeed feed;
  // Idle connections are closed by Jetty after 30 s; a comment now and then keeps a quiet stream open.
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsstream-sse-heartbeat");
    t.setDaemon(true);
    return t;
  });

  public AlertEndpoints(AlertFeed feed) {
    this.feed = feed;
  }

  public void register(Javalin app) {
    app.get("/api/alerts", this::recent);
    app.sse("/api/alerts/stream", this::stream);
  }

  private void recent(Context ctx) {
    int limit = ctx.queryParamAsClass("limit", Integer.class)
        .check(n -> n >= 1 && n <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT)
        .getOrDefault(50);
    AlertFilter filter = filter(ctx);
    ArrayNode alerts = JsonNodeFactory.instance.arrayNode();
    feed.recent(MAX_LIMIT).stream().filter(e -> filter.matches(e.alert())).limit(limit)
        .forEach(e -> alerts.add(json(e)));
    ctx.json(alerts);
  }

  private void stream(SseClient client) {
    Context ctx = client.ctx();
    AlertFilter filter = filter(ctx);
    String lastEventId = ctx.header("Last-Event-ID");
    long after;
    int replay;
    if (lastEventId != null && lastEventId.strip().matches("\\d+")) {
      after = Long.parseLong(lastEventId.strip());
      replay = Integer.MAX_VALUE;
    } else {
      after = 0;
      replay = ctx.queryParamAsClass("backlog", Integer.class)
          .check(n -> n >= 0 && n <= MAX_LIMIT, "backlog must be between 0 and " + MAX_LIMIT)
          .getOrDefault(0);
    }
    client.keepAlive();
    // A first comment flushes the headers, so the client knows it is connected before any alert.
    client.sendComment("newsstream alerts");
    AutoCloseable subscription = feed.subscribe(after, replay, filter::matches,
        entry -> client.sendEvent("alert", json(entry).toString(), String.valueOf(entry.sequence())));
    var beat = heartbeat.scheduleAtFixedRate(
        () -> client.sendComment("keep-alive"), 15, 15, TimeUnit.SECONDS);
    client.onClose(() -> {
      beat.cancel(false);
      try {
        subscription.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static AlertFilter filter(Context ctx) {
    return new AlertFilter(ctx.queryParam("rule"), ctx.queryParam("severity"), ctx.queryParam("entity"));
  }

  static ObjectNode json(FeedEntry entry) {
    ObjectNode node = AvroJson.toJson(entry.alert());
    node.put("sequence", entry.sequence());
    return node;
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
  }
}
