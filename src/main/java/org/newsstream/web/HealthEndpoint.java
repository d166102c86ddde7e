package org.newsstream.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 when every Kafka Streams application is RUNNING, 503 otherwise (also
 * while none is started yet), with each application's state in the body either way.
 */
public final class HealthEndpoint {
  private final Supplier<Map<String, String>> states;

  /** @param states each application's name and its current {@code KafkaStreams.State} */
  public HealthEndpoint(Supplier<Map<String, String>> states) {
    this.states = states;
  }

  public void register(Javalin app) {
    app.get("/health", this::health);
  }

  private void health(Context ctx) {
    Map<String, String> now = states.get();
    boolean up = !now.isEmpty() && now.values().stream().allMatch("RUNNING"::equals);
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", up ? "UP" : "DOWN");
    ObjectNode apps = body.putObject("streams");
    now.forEach(apps::put);
    ctx.status(up ? 200 : 503).json(body);
  }
}
