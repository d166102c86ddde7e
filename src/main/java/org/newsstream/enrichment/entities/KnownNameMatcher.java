package org.newsstream.enrichment.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsstream.enrichment.text.Token;
import org.newsstream.schema.KnownName;

/**
 * Finds names the article already established that the tagger missed this time: a run of
 * untagged tokens spelled exactly like a remembered surface (same case) becomes a mention of the
 * remembered type. Only capitalised surfaces of three or more characters count, and never a
 * sentence's first token, where capitals say nothing. Pure.
 */
public final class KnownNameMatcher {
  private static final int MAX_WORDS = 6;

  private KnownNameMatcher() {}

  /**
   * The tagger's mentions plus the recovered ones, in text order.
   *
   * @param known remembered names by surface
   */
  public static List<Mention> complete(
      String text, List<Token> tokens, List<Mention> tagged, Map<String, KnownName> known) {
    return complete(text, tokens, tagged, known, 1);
  }

  /**
   * The same for names that are names wherever they stand, such as {@link Places}: a sentence's
   * first token may be one too.
   */
  public static List<Mention> completeFromFirstToken(
      String text, List<Token> tokens, List<Mention> tagged, Map<String, KnownName> known) {
    return complete(text, tokens, tagged, known, 0);
  }

  private static List<Mention> complete(String text, List<Token> tokens, List<Mention> tagged,
      Map<String, KnownName> known, int firstToken) {
    if (known.isEmpty()) {
      return tagged;
    }
    boolean[] covered = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      for (Mention m : tagged) {
        covered[i] |= token.start() < m.end() && token.end() > m.start();
      }
    }
    List<Mention> result = new ArrayList<>(tagged);
    for (int i = firstToken; i < tokens.size(); i++) {
      if (covered[i] || !Character.isUpperCase(text.charAt(tokens.get(i).start()))) {
        continue;
      }
      int limit = i;
      while (limit < tokens.size() && limit < i + MAX_WORDS && !covered[limit]) {
        limit++;
      }
      for (int j = limit; j > i; j--) {
        String surface = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        KnownName name = known.get(surface);
        if (name != null && surface.length() >= 3) {
          result.add(new Mention(surface, name.getType(), tokens.get(i).start(),
              tokens.get(j - 1).end()));
          for (int k = i; k < j; k++) {
            covered[k] = true;
          }
          i = j - 1;
          break;
        }
      }
    }
    result.sort(Comparator.comparingInt(Mention::start));
    return result;
  }
}
