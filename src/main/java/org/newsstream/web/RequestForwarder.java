package org.newsstream.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Passes a GET on to the instance that holds the data and brings its answer back unchanged. The
 * forwarded request is marked, so that an instance whose metadata is stale answers 503 rather than
 * forwarding again in a loop.
 */
public final class RequestForwarder {
  /** Header set on forwarded requests; its value names the instance that forwarded. */
  public static final String FORWARDED_BY = "X-Newsstream-Forwarded-By";

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(3)).build();
  private final Supplier<String> self;

  /** @param self this instance's host:port, sent along so the peer's logs say who asked */
  public RequestForwarder(Supplier<String> self) {
    this.self = self;
  }

  /** The peer's status and JSON body. */
  public record Answer(int status, String body) {}

  /** @param pathAndQuery e.g. {@code /api/articles/abc-1234} */
  public Answer get(String host, int port, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header(FORWARDED_BY, self.get())
        .GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }
}
