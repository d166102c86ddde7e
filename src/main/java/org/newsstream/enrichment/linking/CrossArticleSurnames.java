package org.newsstream.enrichment.linking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.schema.Claim;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;

/**
 * Applies a {@link SurnameMemory} to one paragraph's annotation, after its article's own memory
 * had its say: a bare "Kovalenko" that takes another article's "Andrii Kovalenko" is renamed so
 * in the paragraph's claims (their source) and entity sentiments too, and full names written out
 * are remembered as their surname's owners. The stream runs it in the story stage, in that
 * stage's committed order; {@code annotate} runs it over its input in order. Pure apart from the
 * memory it is given; the input lists are not changed.
 */
public final class CrossArticleSurnames {
  /** The paragraph's parts after linking; {@code renamed} maps old display names to new ones. */
  public record Linked(List<Entity> entities, List<EntitySentiment> entitySentiments,
      List<Claim> claims, Map<String, String> renamed) {

    public boolean changed() {
      return !renamed.isEmpty();
    }
  }

  private CrossArticleSurnames() {}

  /** @param now the paragraph's event time, against which an owner's recency is judged */
  public static Linked apply(List<Entity> entities, List<EntitySentiment> entitySentiments,
      List<Claim> claims, SurnameMemory memory, Instant now) {
    List<Entity> linked = new ArrayList<>(entities.size());
    Map<String, String> renamed = new HashMap<>();
    for (Entity entity : entities) {
      // Constructors, not Avro's copying builders, which resolve enum classes through Avro's
      // class allow-list.
      Entity copy = new Entity(entity.getText(), entity.getType(), entity.getStart(),
          entity.getEnd(), entity.getCanonical(), entity.getId());
      memory.apply(copy, now);
      if (!copy.getCanonical().equals(entity.getCanonical())) {
        renamed.put(entity.getCanonical(), copy.getCanonical());
      }
      linked.add(copy);
    }
    if (renamed.isEmpty()) {
      return new Linked(linked, entitySentiments, claims, renamed);
    }
    List<Claim> renamedClaims = claims.stream()
        .map(c -> new Claim(c.getText(), c.getStart(), c.getEnd(), c.getFlags(),
            c.getCheckworthiness(), renamed.getOrDefault(c.getSource(), c.getSource())))
        .toList();
    List<EntitySentiment> renamedSentiments = entitySentiments.stream()
        .map(s -> new EntitySentiment(renamed.getOrDefault(s.getCanonical(), s.getCanonical()),
            s.getScore(), s.getMentions()))
        .toList();
    return new Linked(linked, renamedSentiments, renamedClaims, Map.copyOf(renamed));
  }
}
