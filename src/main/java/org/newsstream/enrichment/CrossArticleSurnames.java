package org.newsstream.enrichment;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.enrichment.linking.SurnameMemory;
import org.newsstream.schema.Claim;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;

/**
 * Applies the stream's {@link SurnameMemory} to an enriched paragraph, after its article's own
 * memory had its say: a bare "Kovalenko" that takes another article's "Andrii Kovalenko" is
 * renamed so in the paragraph's claims and entity sentiments too, and in the article's memory,
 * so its later paragraphs keep that person without asking the stream again (whose owners may
 * have changed in between).
 */
public final class CrossArticleSurnames {
  private CrossArticleSurnames() {}

  /** @param now the paragraph's event time, against which an owner's recency is judged */
  public static Annotation apply(
      Annotation annotation, ArticleMemory article, SurnameMemory surnames, Instant now) {
    Map<String, String> renamed = new HashMap<>();
    for (Entity entity : annotation.entities()) {
      String before = entity.getCanonical();
      String after = surnames.apply(entity, now).getCanonical();
      if (!after.equals(before)) {
        renamed.put(before, after);
      }
    }
    if (renamed.isEmpty()) {
      return annotation;
    }
    renamed.forEach(article::rename);
    // Constructors, not Avro's copying builders: those resolve enum classes through Avro's
    // class allow-list, which only the serde sets up, and annotate has no serde.
    List<Claim> claims = annotation.claims().stream()
        .map(c -> new Claim(c.getText(), c.getStart(), c.getEnd(), c.getFlags(),
            c.getCheckworthiness(), renamed.getOrDefault(c.getSource(), c.getSource())))
        .toList();
    List<EntitySentiment> sentiments = annotation.entitySentiments().stream()
        .map(s -> new EntitySentiment(renamed.getOrDefault(s.getCanonical(), s.getCanonical()),
            s.getScore(), s.getMentions()))
        .toList();
    return new Annotation(annotation.entities(), annotation.sentiment(), sentiments, claims,
        annotation.truncated(), annotation.language(), annotation.notAnnotated());
  }
}
