package org.newsstream.common;

import java.util.Locale;
import org.newsstream.schema.Entity;

/**
 * The key an entity is counted and throttled by, and the name to show for a key. The key is the
 * entity's stable id, so "U.S." and "America" ({@code wikipedia:United_States}) count as one;
 * an entity read from a record written before ids existed keys by its display name instead.
 * Pure.
 */
public final class EntityKeys {
  private static final String WIKIPEDIA = "wikipedia:";
  private static final String NAME = "name:";

  private EntityKeys() {}

  public static String of(Entity entity) {
    return entity.getId() != null ? entity.getId() : entity.getCanonical();
  }

  /** True for {@code wikipedia:…} and {@code name:…} ids, false for a plain display name. */
  public static boolean isId(String key) {
    return key.startsWith(WIKIPEDIA) || key.startsWith(NAME);
  }

  /**
   * A display name from the key alone, for places that keep only keys (window stores): a
   * Wikipedia id gives its title with spaces, exactly what the linker shows; a name id gives its
   * words capitalised ({@code name:andrii_kovalenko} → "Andrii Kovalenko"), which loses the
   * original capitals of a name like "McCain"; any other key is a display name already.
   */
  public static String display(String key) {
    if (key.startsWith(WIKIPEDIA)) {
      return key.substring(WIKIPEDIA.length()).replace('_', ' ');
    }
    if (key.startsWith(NAME)) {
      StringBuilder name = new StringBuilder();
      for (String word : key.substring(NAME.length()).split("_")) {
        if (word.isEmpty()) {
          continue;
        }
        if (name.length() > 0) {
          name.append(' ');
        }
        int first = word.offsetByCodePoints(0, 1);
        name.append(word.substring(0, first).toUpperCase(Locale.ROOT)).append(word.substring(first));
      }
      return name.toString();
    }
    return key;
  }
}
