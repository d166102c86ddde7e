package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoryEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, ArticleSummaries.Lookup> articlesHere = new ConcurrentHashMap<>();
  private final Map<String, ArticleSummaries.Lookup> articlesThere = new ConcurrentHashMap<>();
  private final WebFixture web = new WebFixture(
      id -> articlesHere.getOrDefault(id, new ArticleSummaries.Missing()), Map::of, () -> "");
  private final WebFixture peer = new WebFixture(
      id -> articlesThere.getOrDefault(id, new ArticleSummaries.Missing()), Map::of, () -> "");

  @AfterEach
  void stop() {
    web.close();
    peer.close();
  }

  @Test
  void the_list_holds_live_stories_most_recent_last_article_first() throws Exception {
    web.stories.put(Stories.live("story:old", 1, "a-1"));
    web.stories.put(Stories.live("story:new", 30, "a-2"));
    web.stories.put(Stories.live("story:mid", 10, "a-3"));

    JsonNode list = json(web.get("/api/stories"));

    assertThat(ids(list)).containsExactly("story:new", "story:mid", "story:old");
    JsonNode first = list.get(0);
    assertThat(first.get("headline").asText()).isEqualTo("Headline of story:new");
    assertThat(first.get("lastSeen").asText()).isEqualTo("2025-06-01T09:30:00Z");
    assertThat(first.get("topEntities").get(0).get("canonical").asText()).isEqualTo("North Korea");
    assertThat(first.get("mergedInto").isNull()).isTrue();
  }

  @Test
  void merged_stories_are_not_in_the_list() throws Exception {
    web.stories.put(Stories.live("story:a", 1, "a-1", "a-2"));
    web.stories.put(Stories.merged("story:b", "story:a", 2, "a-2"));

    assertThat(ids(json(web.get("/api/stories")))).containsExactly("story:a");
  }

  @Test
  void the_list_gives_twenty_unless_asked_and_at_most_the_limit() throws Exception {
    for (int i = 0; i < 25; i++) {
      web.stories.put(Stories.live("story:" + i, i));
    }

    assertThat(json(web.get("/api/stories")).size()).isEqualTo(20);
    assertThat(ids(json(web.get("/api/stories?limit=3")))).containsExactly("story:24", "story:23", "story:22");
    assertThat(json(web.get("/api/stories?limit=500")).size()).isEqualTo(25);
  }

  @Test
  void no_story_yet_is_an_empty_list() throws Exception {
    var response = web.get("/api/stories");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void a_limit_that_is_no_whole_number_from_1_to_500_is_a_400_saying_so() throws Exception {
    for (String bad : List.of("0", "501", "-1", "ten", "2.5")) {
      var response = web.get("/api/stories?limit=" + bad);

      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.body()).as(bad).isEqualTo(
          "{\"error\":\"limit must be a whole number between 1 and 500; got " + bad + "\"}");
    }
  }

  @Test
  void an_unknown_or_repeated_parameter_is_a_400_not_ignored() throws Exception {
    var unknown = web.get("/api/stories?limt=5");
    var repeated = web.get("/api/stories?limit=5&limit=6");
    var onOneStory = web.get("/api/stories/story:a?limit=5");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).isEqualTo("{\"error\":\"unknown parameter limt; /api/stories takes limit\"}");
    assertThat(repeated.statusCode()).isEqualTo(400);
    assertThat(repeated.body()).isEqualTo("{\"error\":\"limit is given 2 times; give it once\"}");
    assertThat(onOneStory.statusCode()).isEqualTo(400);
    assertThat(onOneStory.body())
        .isEqualTo("{\"error\":\"unknown parameter limit; /api/stories/story:a takes none\"}");
  }

  @Test
  void a_story_comes_with_its_articles_in_the_order_of_its_article_ids() throws Exception {
    web.stories.put(Stories.live("story:a-1", 5, "a-1", "a-2"));
    articlesHere.put("a-1", found("a-1", "Putin meets Choe", "Reuters", 16));
    articlesHere.put("a-2", found("a-2", null, "AP", 4));

    var response = web.get("/api/stories/story:a-1");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode story = json(response);
    assertThat(story.get("storyId").asText()).isEqualTo("story:a-1");
    assertThat(story.get("articleCount").asInt()).isEqualTo(2);
    JsonNode articles = story.get("articles");
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).get("articleId").asText()).isEqualTo("a-1");
    assertThat(articles.get(0).get("known").asBoolean()).isTrue();
    assertThat(articles.get(0).get("title").asText()).isEqualTo("Putin meets Choe");
    assertThat(articles.get(0).get("source").asText()).isEqualTo("Reuters");
    assertThat(articles.get(0).get("url").asText()).isEqualTo("https://example.org/a-1");
    assertThat(articles.get(0).get("paragraphs").asInt()).isEqualTo(16);
    assertThat(articles.get(1).get("title").isNull()).isTrue();
    // Only what a list of articles needs; the whole summary is at /api/articles/{id}.
    assertThat(articles.get(0).has("entities")).isFalse();
  }

  @Test
  void an_article_without_a_summary_is_listed_by_id_as_not_known() throws Exception {
    web.stories.put(Stories.live("story:a-1", 5, "a-1", "gone", "busy"));
    articlesHere.put("a-1", found("a-1", "Title", "Reuters", 3));
    articlesHere.put("busy", new ArticleSummaries.Unavailable("Kafka Streams is REBALANCING"));

    JsonNode articles = json(web.get("/api/stories/story:a-1")).get("articles");

    assertThat(articles.get(1).get("articleId").asText()).isEqualTo("gone");
    assertThat(articles.get(1).get("known").asBoolean()).isFalse();
    assertThat(articles.get(1).has("title")).isFalse();
    assertThat(articles.get(2).get("known").asBoolean()).isFalse();
  }

  @Test
  void an_article_held_by_another_instance_is_fetched_from_it() throws Exception {
    web.stories.put(Stories.live("story:a-1", 5, "a-1", "b-1"));
    articlesHere.put("a-1", found("a-1", "Here", "Reuters", 3));
    articlesHere.put("b-1", new ArticleSummaries.Elsewhere("127.0.0.1", peer.port()));
    articlesThere.put("b-1", found("b-1", "There", "AFP", 7));

    JsonNode articles = json(web.get("/api/stories/story:a-1")).get("articles");

    assertThat(articles.get(1).get("title").asText()).isEqualTo("There");
    assertThat(articles.get(1).get("paragraphs").asInt()).isEqualTo(7);
  }

  @Test
  void an_instance_that_does_not_answer_leaves_its_articles_unknown_and_the_story_still_answers()
      throws Exception {
    int closedPort = peer.port();
    peer.close();
    web.stories.put(Stories.live("story:a-1", 5, "b-1", "b-2"));
    articlesHere.put("b-1", new ArticleSummaries.Elsewhere("127.0.0.1", closedPort));
    articlesHere.put("b-2", new ArticleSummaries.Elsewhere("127.0.0.1", closedPort));

    var response = web.get("/api/stories/story:a-1");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode articles = json(response).get("articles");
    assertThat(articles).extracting(a -> a.get("known").asBoolean()).containsExactly(false, false);
  }

  @Test
  void a_merged_story_is_answered_with_the_story_it_was_merged_into() throws Exception {
    web.stories.put(Stories.live("story:a", 9, "a-1", "b-1"));
    web.stories.put(Stories.merged("story:b", "story:a", 4, "b-1"));

    var response = web.get("/api/stories/story:b");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("mergedInto").asText()).isEqualTo("story:a");
  }

  @Test
  void an_unknown_story_is_a_404_with_one_line_of_json() throws Exception {
    var response = web.get("/api/stories/story:nope");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"no story story:nope\"}");
  }

  @Test
  void a_story_id_encoded_as_a_browser_encodes_it_is_found() throws Exception {
    web.stories.put(Stories.live("story:putin-choe-handshake-1a2b3c4d", 1));

    assertThat(web.get("/api/stories/story%3Aputin-choe-handshake-1a2b3c4d").statusCode())
        .isEqualTo(200);
  }

  private static ArticleSummaries.Found found(String id, String title, String source, int paragraphs) {
    var summary = JsonNodeFactory.instance.objectNode().put("articleId", id).put("title", title)
        .put("source", source).put("url", "https://example.org/" + id).put("paragraphs", paragraphs);
    summary.putArray("entities").addObject().put("canonical", "North Korea");
    return new ArticleSummaries.Found(summary);
  }

  private static JsonNode json(java.net.http.HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(response.body());
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(story -> ids.add(story.get("storyId").asText()));
    return ids;
  }
}
