package org.newsstream.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.schema.Severity;
import org.newsstream.serde.AvroSerde;

/**
 * Hand-built enriched paragraphs and rules, so topology tests need no NLP model. Entities and
 * claims are found by their text in the paragraph, so offsets are always right.
 */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static {
    AvroSerde.trustGeneratedClasses();
  }

  private final Paragraph.Builder paragraph;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private double sentiment;
  private String duplicateOf;

  private Fixtures(String articleId, int index, String text) {
    this.paragraph = Paragraph.newBuilder().setArticleId(articleId).setIndex(index).setText(text)
        .setPublishedAt(T0);
  }

  /** A paragraph of {@code articleId} with no entities, no claims and neutral sentiment. */
  public static Fixtures paragraph(String articleId, int index, String text) {
    return new Fixtures(articleId, index, text);
  }

  public Fixtures entity(String surface, EntityType type, String canonical) {
    return entity(surface, type, canonical,
        "name:" + org.newsstream.enrichment.linking.NameIds.slug(canonical));
  }

  /** An entity with the given stable id ("wikipedia:United_States"). */
  public Fixtures entity(String surface, EntityType type, String canonical, String id) {
    String text = paragraph.getText();
    int start = text.indexOf(surface);
    if (start < 0) {
      throw new IllegalArgumentException("'" + surface + "' is not in: " + text);
    }
    entities.add(new Entity(surface, type, start, start + surface.length(), canonical, id));
    return this;
  }

  public Fixtures claim(String span, double checkworthiness, ClaimFlag... flags) {
    String text = paragraph.getText();
    int start = text.indexOf(span);
    if (start < 0) {
      throw new IllegalArgumentException("'" + span + "' is not in: " + text);
    }
    claims.add(new Claim(span, start, start + span.length(), List.of(flags), checkworthiness, null));
    return this;
  }

  /** A claim attributed to {@code source} (a canonical name). */
  public Fixtures claimFrom(String source, String span, double checkworthiness, ClaimFlag... flags) {
    claim(span, checkworthiness, flags);
    Claim last = claims.remove(claims.size() - 1);
    last.setSource(source);
    claims.add(last);
    return this;
  }

  public Fixtures sentiment(double score) {
    this.sentiment = score;
    return this;
  }

  public Fixtures publishedAt(Instant at) {
    paragraph.setPublishedAt(at);
    return this;
  }

  public Fixtures duplicateOf(String paragraphId) {
    this.duplicateOf = paragraphId;
    return this;
  }

  public EnrichedParagraph build() {
    String label = sentiment < -0.2 ? "negative" : sentiment > 0.2 ? "positive" : "neutral";
    return EnrichedParagraph.newBuilder()
        .setParagraph(paragraph.build())
        .setEntities(entities)
        .setSentiment(new Sentiment(sentiment, label))
        .setClaims(claims)
        .setDuplicateOf(duplicateOf)
        .setEnrichedAt(paragraph.getPublishedAt())
        .build();
  }

  /** A rule watching {@code entities}, with every other condition left open. */
  public static AlertRule.Builder rule(String id, String... entities) {
    return AlertRule.newBuilder().setId(id).setEntities(List.of(entities))
        .setSeverity(Severity.ROUTINE).setTopic("news.alerts").setThrottleSeconds(0);
  }
}
