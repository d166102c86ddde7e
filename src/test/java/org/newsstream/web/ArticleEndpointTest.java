package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticleEndpointTest {
  private final AtomicReference<ArticleSummaries.Lookup> answerHere = new AtomicReference<>();
  private final AtomicReference<ArticleSummaries.Lookup> answerThere = new AtomicReference<>();
  private final WebFixture here = new WebFixture(id -> answerHere.get(), Map::of, () -> "");
  private final WebFixture there = new WebFixture(id -> answerThere.get(), Map::of, () -> "");

  @AfterEach
  void stop() {
    here.close();
    there.close();
  }

  @Test
  void an_article_held_here_is_answered_here() throws Exception {
    answerHere.set(new ArticleSummaries.Found(
        JsonNodeFactory.instance.objectNode().put("articleId", "a-1").put("paragraphs", 4)));

    var response = here.get("/api/articles/a-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"paragraphs\":4");
    assertThat(response.headers().firstValue(ArticleEndpoint.FORWARDED_TO)).isEmpty();
  }

  @Test
  void a_query_the_endpoint_does_not_take_is_a_400_not_ignored() throws Exception {
    var response = here.get("/api/articles/a-1?fields=all");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"error\":\"unknown parameter fields; /api/articles/a-1 takes none\"}");
  }

  @Test
  void an_article_held_by_another_instance_is_fetched_from_it() throws Exception {
    answerHere.set(new ArticleSummaries.Elsewhere("127.0.0.1", there.port()));
    answerThere.set(new ArticleSummaries.Found(
        JsonNodeFactory.instance.objectNode().put("articleId", "a-1").put("servedBy", "there")));

    var response = here.get("/api/articles/a-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"servedBy\":\"there\"");
    assertThat(response.headers().firstValue(ArticleEndpoint.FORWARDED_TO))
        .contains("127.0.0.1:" + there.port());
  }

  @Test
  void a_missing_article_is_a_404_even_when_forwarded() throws Exception {
    answerHere.set(new ArticleSummaries.Elsewhere("127.0.0.1", there.port()));
    answerThere.set(new ArticleSummaries.Missing());

    var response = here.get("/api/articles/nope");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no article nope");
  }

  @Test
  void instances_that_disagree_about_the_owner_answer_503_instead_of_forwarding_in_circles()
      throws Exception {
    answerHere.set(new ArticleSummaries.Elsewhere("127.0.0.1", there.port()));
    answerThere.set(new ArticleSummaries.Elsewhere("127.0.0.1", here.port()));

    var response = here.get("/api/articles/a-1");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("forwarded here, but the metadata here says");
  }

  @Test
  void while_streams_is_rebalancing_the_answer_is_503_with_retry_after() throws Exception {
    answerHere.set(new ArticleSummaries.Unavailable("Kafka Streams is REBALANCING"));

    var response = here.get("/api/articles/a-1");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("1");
    assertThat(response.body()).contains("REBALANCING");
  }

  @Test
  void an_unreachable_owner_is_a_502_naming_it() throws Exception {
    int closedPort = there.port();
    there.close();
    answerHere.set(new ArticleSummaries.Elsewhere("127.0.0.1", closedPort));

    var response = here.get("/api/articles/a-1");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).contains("127.0.0.1:" + closedPort);
  }
}
