package org.newsstream.alerting;

import java.util.Locale;
import org.newsstream.common.EntityKeys;
import org.newsstream.enrichment.entities.NameKey;
import org.newsstream.schema.Entity;

/**
 * Whether a name written in a rule ({@code entities}, {@code coMentions}) denotes an entity. A
 * rule may give an id ({@code wikipedia:United_States}) or a display name ("United States"); a
 * display name matches the entity's own display name or the title of its id, so it catches
 * every surface the linker sent to that id ("U.S.", "America"). Names compare as name keys
 * ("Kim Jong-Un" = "Kim Jong Un"). No dictionary lookup: rules stay free of the link index.
 */
final class WatchedNames {
  private WatchedNames() {}

  static boolean denotes(String watched, Entity entity) {
    String id = entity.getId();
    if (EntityKeys.isId(normalisedId(watched))) {
      return id != null && normalisedId(watched).equals(normalisedId(id));
    }
    String key = NameKey.of(watched);
    return key.equals(NameKey.of(entity.getCanonical()))
        || (id != null && EntityKeys.isId(id) && key.equals(NameKey.of(EntityKeys.display(id))));
  }

  /**
   * An id as a person may type it ("Wikipedia:United States") in the form the linker writes:
   * the prefix in lower case, spaces as underscores. Wikipedia titles are case-sensitive but for
   * their first letter, which is always a capital, so the rest is compared as written.
   */
  static String normalisedId(String written) {
    String text = written.strip();
    int colon = text.indexOf(':');
    if (colon < 0) {
      return text;
    }
    String prefix = text.substring(0, colon + 1).toLowerCase(Locale.ROOT);
    String rest = text.substring(colon + 1).strip().replace(' ', '_');
    if (prefix.equals("wikipedia:") && !rest.isEmpty()) {
      int first = rest.offsetByCodePoints(0, 1);
      rest = rest.substring(0, first).toUpperCase(Locale.ROOT) + rest.substring(first);
    } else if (prefix.equals("name:")) {
      rest = rest.toLowerCase(Locale.ROOT);
    } else {
      return text;
    }
    return prefix + rest;
  }
}
