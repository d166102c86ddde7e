package org.newsstream.enrichment.entities;

import java.util.List;
import org.newsstream.enrichment.text.Token;

/** Labels each token of a sentence with an entity type or "O". Implementations are thread-safe. */
public interface NerTagger {

  /** One label per token, in order: PERSON, ORGANIZATION, LOCATION, MISC or O. */
  List<String> tag(List<Token> tokens);
}
