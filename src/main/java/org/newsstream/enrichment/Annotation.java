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
 */
public record Annotation(
    List<Entity> entities,
    Sentiment sentiment,
    List<EntitySentiment> entitySentiments,
    List<Claim> claims,
    boolean truncated) {

  public Annotation {
    entities = List.copyOf(entities);
    entitySentiments = List.copyOf(entitySentiments);
    claims = List.copyOf(claims);
  }
}
