package org.newsstream.enrichment.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsstream.enrichment.text.Token;
import org.newsstream.schema.EntityType;

/**
 * Joins consecutive tokens with the same label into mentions. The CoNLL models emit IO labels (no
 * B-/I-), so two adjacent entities of one type come out as one mention; B-/I- prefixes are
 * honoured when a tagger does produce them.
 */
public final class SpanMerger {
  private SpanMerger() {}

  /** Mentions in order of appearance; {@code text} is the paragraph the offsets point into. */
  public static List<Mention> merge(String text, List<Token> tokens, List<String> labels) {
    List<Mention> mentions = new ArrayList<>();
    int open = -1;
    EntityType openType = null;
    for (int i = 0; i <= tokens.size(); i++) {
      String label = i < tokens.size() ? labels.get(i) : "O";
      Optional<EntityType> type = typeOf(label);
      boolean begins = label.startsWith("B-");
      if (open >= 0 && (type.isEmpty() || type.get() != openType || begins)) {
        mentions.add(mention(text, tokens, open, i, openType));
        open = -1;
      }
      if (open < 0 && type.isPresent()) {
        open = i;
        openType = type.get();
      }
    }
    return mentions;
  }

  private static Mention mention(String text, List<Token> tokens, int from, int to, EntityType t) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new Mention(text.substring(start, end), t, start, end);
  }

  /** Maps CoreNLP and CoNLL label names to the schema's types; anything else is not an entity. */
  static Optional<EntityType> typeOf(String label) {
    String bare = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    return switch (bare) {
      case "PERSON", "PER" -> Optional.of(EntityType.PERSON);
      case "ORGANIZATION", "ORG" -> Optional.of(EntityType.ORGANIZATION);
      case "LOCATION", "LOC" -> Optional.of(EntityType.LOCATION);
      case "MISC" -> Optional.of(EntityType.MISC);
      default -> Optional.empty();
    };
  }
}
