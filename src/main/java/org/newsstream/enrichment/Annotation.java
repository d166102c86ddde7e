package org.newsstream.enrichment;

import java.util.List;
import org.newsstream.schema.Claim;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.Sentiment;

/**
 * What enrichment found in one paragraph. Offsets are Java string offsets into the paragraph
 * text, end exclusive.
 *
 * @param truncated true when the time budget ran out before every annotator finished
 * @param language the paragraph's language, ISO 639-1
 * @param notAnnotated why the English-only annotators did not run, or null when they did
 */
public record Annotation(
    List<Entity> entities,
    Sentiment sentiment,
    List<EntitySentiment> entitySentiments,
    List<Claim> claims,
    boolean truncated,
    String language,
    String notAnnotated) {

  public Annotation {
    entities = List.copyOf(entities);
    entitySentiments = List.copyOf(entitySentiments);
    claims = List.copyOf(claims);
  }

  /** An English paragraph's annotation. */
  public Annotation(List<Entity> entities, Sentiment sentiment,
      List<EntitySentiment> entitySentiments, List<Claim> claims, boolean truncated) {
    this(entities, sentiment, entitySentiments, claims, truncated, "en", null);
  }

  /**
   * A paragraph in a language the annotators were not trained on: no entities or claims rather
   * than invented ones, neutral sentiment, and the reason.
   */
  public static Annotation notEnglish(String language) {
    return new Annotation(List.of(), new Sentiment(0.0, "neutral"), List.of(), List.of(), false,
        language, "language " + language + ": the English-only models (NER, sentiment, claims) "
            + "were not run");
  }

  /**
   * A paragraph in a language with an NER model of its own: that model's entities, and still
   * no claims and neutral sentiment, since those models are English-only.
   */
  public static Annotation otherLanguage(String language, List<Entity> entities,
      boolean truncated) {
    return new Annotation(entities, new Sentiment(0.0, "neutral"), List.of(), List.of(),
        truncated, language, "language " + language + ": entities from CoreNLP's "
            + java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH)
            + " NER model, ids from their names; the English-only models (sentiment, claims, "
            + "Wikipedia linking) were not run");
  }
}
