package org.newsstream.enrichment.linking;

import java.util.List;
import org.newsstream.enrichment.entities.NameKey;

/**
 * Ids for names the dictionary does not know: the normalised words joined by underscores, so
 * that "Andrii Kovalenko", "ANDRII KOVALENKO" and "Mr Andrii Kovalenko's" share
 * {@code andrii_kovalenko}. Letters and digits of any script are kept, the rest dropped.
 */
public final class NameIds {
  private NameIds() {}

  public static String slug(String name) {
    List<String> words = NameKey.words(name);
    StringBuilder slug = new StringBuilder(name.length());
    for (String word : words) {
      StringBuilder kept = new StringBuilder(word.length());
      word.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
      if (kept.length() > 0) {
        if (slug.length() > 0) {
          slug.append('_');
        }
        slug.append(kept);
      }
    }
    return slug.length() > 0 ? slug.toString() : "unnamed";
  }
}
