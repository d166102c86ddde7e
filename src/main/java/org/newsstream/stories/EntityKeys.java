package org.newsstream.stories;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsstream.schema.Entity;

/**
 * The keys that stand for entities in story assignment: the linked id ({@code
 * wikipedia:United_States}), so "U.S." and "America" are one entity in every article; for an
 * entity without one (records written before linking), its canonical name.
 */
public final class EntityKeys {
  private EntityKeys() {}

  /** Distinct keys of {@code entities}, in order of first mention. */
  public static List<String> of(List<Entity> entities) {
    Set<String> keys = new LinkedHashSet<>();
    for (Entity entity : entities) {
      keys.add(key(entity));
    }
    return new ArrayList<>(keys);
  }

  /** The key of one entity. */
  public static String key(Entity entity) {
    String id = entity.getId();
    return id != null && !id.isBlank() ? id
        : "name:" + entity.getCanonical().toLowerCase(Locale.ROOT).replace(' ', '_');
  }
}
