package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.testing.RealKafka;

/**
 * Two instances of one application (same application id, their own state folders and HTTP ports)
 * split the articles between them; {@code /api/articles/{id}} answers the same from either, the
 * one that does not hold the article forwarding to the one that does.
 */
@ExtendWith(RealKafka.class)
class ArticleQueryForwardingIT {
  @TempDir static Path dirA;
  @TempDir static Path dirB;
  static NewsstreamServer a;
  static NewsstreamServer b;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startTwoInstances() throws Exception {
    a = NewsstreamServer.start(ItServers.config("forwarding-it", dirA), WebSettings.loopbackAnyPort(),
        ItServers::tagsCapitalisedWords, message -> { });
    b = NewsstreamServer.start(ItServers.config("forwarding-it", dirB), WebSettings.loopbackAnyPort(),
        ItServers::tagsCapitalisedWords, message -> { });
  }

  @AfterAll
  static void stop() {
    for (NewsstreamServer server : new NewsstreamServer[] {b, a}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void every_article_is_answered_alike_by_both_instances_one_of_them_forwarding() throws Exception {
    await("both instances healthy after sharing the work").atMost(Duration.ofSeconds(120))
        .until(() -> status(a, "/health") == 200 && status(b, "/health") == 200);
    List<Article> articles = IntStream.range(0, 8).mapToObj(i -> ArticleSplitter.split(
        "story-" + i + ".txt", "First paragraph of story " + i + ".\n\nSecond paragraph of it."))
        .toList();
    for (Article article : articles) {
      ItServers.publish(a, article);
    }

    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Article article : articles) {
      String path = "/api/articles/" + article.id();
      HttpResponse<String> fromA = await("instance A knows " + article.id())
          .atMost(Duration.ofSeconds(90)).until(() -> get(a, path), r -> paragraphs(r) == 2);
      HttpResponse<String> fromB = await("instance B knows " + article.id())
          .atMost(Duration.ofSeconds(30)).until(() -> get(b, path), r -> paragraphs(r) == 2);
      assertThat(servedBy(fromA)).as(article.id() + " is held by one instance")
          .isEqualTo(servedBy(fromB));
      assertThat(forwarded(fromA) ^ forwarded(fromB))
          .as("exactly one of the two forwarded the request for " + article.id()).isTrue();
      answers.add(fromA);
      answers.add(fromB);
    }
    assertThat(answers).as("instance A forwarded at least once").anyMatch(
        r -> forwarded(r) && r.uri().getPort() == a.monitoring().orElseThrow().port());
    assertThat(answers).as("instance B forwarded at least once").anyMatch(
        r -> forwarded(r) && r.uri().getPort() == b.monitoring().orElseThrow().port());
  }

  @Test
  void top_entities_read_the_same_from_either_instance_whichever_holds_the_counts()
      throws Exception {
    await("both instances healthy").atMost(Duration.ofSeconds(120))
        .until(() -> status(a, "/health") == 200 && status(b, "/health") == 200);
    List<String> names = IntStream.range(0, 12).mapToObj(i -> "Placename" + i).toList();
    for (int i = 0; i < names.size(); i++) {
      ItServers.publish(a, ArticleSplitter.split("places-" + i + ".txt",
          "Reports from " + names.get(i) + " again.\n\nStill " + names.get(i) + " today."));
    }
    String path = "/api/entities/top?window=10m&limit=100";

    // Every word of these paragraphs is an entity here: wait until both instances see every
    // count, then require the two answers to be identical.
    List<String> everyName = new ArrayList<>(names);
    everyName.addAll(List.of("Reports", "Still"));
    int expected = 4 * names.size();
    await("instance A counts every name").atMost(Duration.ofSeconds(90))
        .until(() -> body(get(a, path)), top -> countsOf(top, everyName) == expected);
    await("instance B counts every name").atMost(Duration.ofSeconds(30))
        .until(() -> body(get(b, path)), top -> countsOf(top, everyName) == expected);
    // The counts are one store's; each instance adds an entity's type from the paragraphs it has
    // read itself, which may trail the counts by a moment: the answers must become identical.
    await("both instances give the same answer").atMost(Duration.ofSeconds(30))
        .until(() -> body(get(b, path)).equals(body(get(a, path))));

    // A rebalance may still move a task (503 with Retry-After meanwhile); then both answer.
    int heldByA = countsOf(body(answered(a, path + "&scope=local")), names);
    int heldByB = countsOf(body(answered(b, path + "&scope=local")), names);
    // The counts live in the one cross-article task (PipelineTopology): on one instance, so the
    // other answered above only by asking it.
    assertThat(List.of(heldByA, heldByB)).as("all counts on one instance, none on the other")
        .containsExactlyInAnyOrder(0, 2 * names.size());
  }

  private static int countsOf(JsonNode top, List<String> names) {
    int total = 0;
    for (JsonNode entry : top) {
      if (names.contains(entry.path("canonical").asText())) {
        total += entry.path("mentions").asInt();
      }
    }
    return total;
  }

  @Test
  void an_unknown_article_is_a_404_from_either_instance() throws Exception {
    await("both instances healthy").atMost(Duration.ofSeconds(120))
        .until(() -> status(a, "/health") == 200 && status(b, "/health") == 200);

    assertThat(await("A answers for a missing article").atMost(Duration.ofSeconds(30))
        .until(() -> status(a, "/api/articles/never-published"), s -> s != 503)).isEqualTo(404);
    assertThat(await("B answers for a missing article").atMost(Duration.ofSeconds(30))
        .until(() -> status(b, "/api/articles/never-published"), s -> s != 503)).isEqualTo(404);
  }

  private HttpResponse<String> get(NewsstreamServer server, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.monitoring().orElseThrow().port() + path);
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The first answer that is not a 503 (a store moving between instances). */
  private HttpResponse<String> answered(NewsstreamServer server, String path) {
    return await("an answer from " + path).atMost(Duration.ofSeconds(60))
        .until(() -> get(server, path), response -> {
          assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
          return response.statusCode() == 200;
        });
  }

  private int status(NewsstreamServer server, String path) throws Exception {
    return get(server, path).statusCode();
  }

  private int paragraphs(HttpResponse<String> response) {
    return response.statusCode() == 200 ? body(response).path("paragraphs").asInt() : -1;
  }

  private String servedBy(HttpResponse<String> response) {
    return body(response).path("servedBy").asText();
  }

  private JsonNode body(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (java.io.IOException notJson) {
      throw new AssertionError("not JSON: " + response.body(), notJson);
    }
  }

  private static boolean forwarded(HttpResponse<String> response) {
    return response.headers().firstValue(ArticleEndpoint.FORWARDED_TO).isPresent();
  }
}
