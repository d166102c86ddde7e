package org.newsstream.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.newsstream.schema.StorySummary;
import org.newsstream.serde.AvroJson;

/**
 * {@code GET /api/stories?limit=20} (live stories, most recent last article first) and
 * {@code GET /api/stories/{id}} (one story, live or merged, with its articles). Both answer from
 * this instance's copy of {@code news.stories}: every instance reads the whole topic, so any one
 * can answer without asking another.
 */
public final class StoryEndpoints {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 500;
  private final LatestStories stories;
  private final StoryArticles articles;

  /** @param summaries where the articles' titles, sources and paragraphs come from */
  public StoryEndpoints(LatestStories stories, ArticleSummaries summaries, RequestForwarder forwarder) {
    this.stories = stories;
    this.articles = new StoryArticles(summaries, forwarder);
  }

  public void register(Javalin app) {
    app.get("/api/stories", this::live);
    app.get("/api/stories/{id}", this::story);
  }

  private void live(Context ctx) {
    int limit = QueryParams.of(ctx, "limit").integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    stories.live(limit).forEach(story -> out.add(AvroJson.toJson(story)));
    ctx.json(out);
  }

  private void story(Context ctx) throws InterruptedException {
    QueryParams.of(ctx);
    String id = ctx.pathParam("id");
    StorySummary story = stories.get(id).orElse(null);
    if (story == null) {
      ctx.status(404).json(JsonNodeFactory.instance.objectNode().put("error", "no story " + id));
      return;
    }
    // A merged story is answered as it is, mergedInto naming the story that took its articles.
    ObjectNode out = AvroJson.toJson(story);
    out.set("articles", articles.of(story.getArticleIds()));
    ctx.json(out);
  }
}
