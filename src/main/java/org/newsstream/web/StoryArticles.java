package org.newsstream.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsstream.web.ArticleSummaries.Elsewhere;
import org.newsstream.web.ArticleSummaries.Found;
import org.newsstream.web.ArticleSummaries.Lookup;

/**
 * A story's articles as the desk reads them in a list: id, title, source, url and paragraphs, from
 * the same article summaries {@code /api/articles/{id}} answers with (this instance's store, or the
 * instance holding the article). An article whose summary cannot be had now is listed by id alone,
 * {@code known: false}, so one slow or missing article never costs the whole story.
 */
final class StoryArticles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CARD_FIELDS = List.of("title", "source", "url", "paragraphs");
  private final ArticleSummaries summaries;
  private final RequestForwarder forwarder;

  StoryArticles(ArticleSummaries summaries, RequestForwarder forwarder) {
    this.summaries = summaries;
    this.forwarder = forwarder;
  }

  /** One entry per id, in the order given. */
  ArrayNode of(List<String> articleIds) throws InterruptedException {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    // A story lists up to 50 articles: one peer that does not answer is asked once, not 50 times.
    Set<String> unreachable = new HashSet<>();
    for (String id : articleIds) {
      out.add(card(id, summary(id, unreachable)));
    }
    return out;
  }

  private JsonNode summary(String id, Set<String> unreachable) throws InterruptedException {
    Lookup lookup = summaries.lookup(id);
    if (lookup instanceof Found found) {
      return found.summary();
    }
    if (!(lookup instanceof Elsewhere owner)) {
      return null;
    }
    String peer = owner.host() + ":" + owner.port();
    if (unreachable.contains(peer)) {
      return null;
    }
    try {
      RequestForwarder.Answer answer = forwarder.get(owner.host(), owner.port(),
          "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
      return answer.status() == 200 ? JSON.readTree(answer.body()) : null;
    } catch (IOException e) {
      unreachable.add(peer);
      return null;
    }
  }

  private static ObjectNode card(String id, JsonNode summary) {
    ObjectNode card = JsonNodeFactory.instance.objectNode().put("articleId", id);
    card.put("known", summary != null);
    if (summary != null) {
      CARD_FIELDS.forEach(field -> card.set(field, summary.path(field).isMissingNode()
          ? JsonNodeFactory.instance.nullNode() : summary.get(field)));
    }
    return card;
  }
}
