package org.newsstream.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.function.Supplier;

/**
 * The HTTP server: the dashboard's static files from the classpath ({@code /web}), the JSON and SSE
 * endpoints it is given, and {@code /metrics}. Only binds and routes; the data comes from elsewhere.
 */
public final class MonitoringServer implements AutoCloseable {
  private final Javalin app;

  private MonitoringServer(Javalin app) {
    this.app = app;
  }

  /** The routes one server serves. */
  public record Routes(AlertEndpoints alerts, TrendEndpoints trends, ArticleEndpoint articles,
      StoryEndpoints stories, HealthEndpoint health, Supplier<String> prometheus) {}

  /** Binds {@code host:port} (port 0: any free one) and serves until closed. */
  public static MonitoringServer start(String host, int port, Routes routes) {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
    });
    routes.alerts().register(app);
    routes.trends().register(app);
    routes.articles().register(app);
    routes.stories().register(app);
    routes.health().register(app);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(routes.prometheus().get()));
    // Errors are JSON like every other answer of the API, not Javalin's HTML pages.
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 503) {
        ctx.header("Retry-After", "1");
      }
      ctx.status(e.getStatus()).json(
          JsonNodeFactory.instance.objectNode().put("error", e.getMessage()));
    });
    app.start(host, port);
    return new MonitoringServer(app);
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
