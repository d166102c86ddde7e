package org.newsstream.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import org.newsstream.web.ArticleSummaries.Elsewhere;
import org.newsstream.web.ArticleSummaries.Found;
import org.newsstream.web.ArticleSummaries.Lookup;
import org.newsstream.web.ArticleSummaries.Missing;
import org.newsstream.web.ArticleSummaries.Unavailable;

/**
 * {@code GET /api/articles/{id}}: the article's summary from whichever instance holds it. Any
 * instance answers; one that does not hold the article forwards the request to the one that does.
 */
public final class ArticleEndpoint {
  /** Response header naming the instance the request was forwarded to, for debugging and tests. */
  public static final String FORWARDED_TO = "X-Newsstream-Forwarded-To";
  private final ArticleSummaries summaries;
  private final RequestForwarder forwarder;

  public ArticleEndpoint(ArticleSummaries summaries, RequestForwarder forwarder) {
    this.summaries = summaries;
    this.forwarder = forwarder;
  }

  public void register(Javalin app) {
    app.get("/api/articles/{id}", this::article);
  }

  private void article(Context ctx) throws InterruptedException {
    QueryParams.of(ctx);
    String id = ctx.pathParam("id");
    Lookup lookup = summaries.lookup(id);
    if (lookup instanceof Found found) {
      ctx.json(found.summary());
    } else if (lookup instanceof Missing) {
      ctx.status(404).json(error("no article " + id));
    } else if (lookup instanceof Unavailable unavailable) {
      ctx.header("Retry-After", "1").status(503).json(error(unavailable.reason()));
    } else if (lookup instanceof Elsewhere elsewhere) {
      forward(ctx, id, elsewhere);
    }
  }

  private void forward(Context ctx, String id, Elsewhere owner) throws InterruptedException {
    String peer = owner.host() + ":" + owner.port();
    if (ctx.header(RequestForwarder.FORWARDED_BY) != null) {
      // Two instances disagree about who owns the key (a rebalance in flight): stop, do not ping-pong.
      ctx.header("Retry-After", "1").status(503)
          .json(error("forwarded here, but the metadata here says " + peer + " holds " + id));
      return;
    }
    try {
      RequestForwarder.Answer answer = forwarder.get(owner.host(), owner.port(),
          "/api/articles/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
      ctx.header(FORWARDED_TO, peer).status(answer.status())
          .contentType("application/json").result(answer.body());
    } catch (IOException e) {
      ctx.header("Retry-After", "1").status(502).json(error("the instance holding " + id + " ("
          + peer + ") did not answer: " + e.getMessage()));
    }
  }

  private static ObjectNode error(String message) {
    return JsonNodeFactory.instance.objectNode().put("error", message);
  }
}
