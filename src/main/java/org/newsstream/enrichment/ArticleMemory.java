package org.newsstream.enrichment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.schema.KnownName;

/**
 * What enrichment remembers of one article between its paragraphs: the names already seen, with
 * their canonical form and type, so that "Putin" in paragraph 4 joins "Vladimir Putin" of
 * paragraph 1. Not thread-safe: one article is processed by one thread at a time.
 */
public final class ArticleMemory {
  private final Map<String, KnownName> bySurface = new LinkedHashMap<>();

  public static ArticleMemory empty() {
    return new ArticleMemory();
  }

  public static ArticleMemory of(List<KnownName> names) {
    ArticleMemory memory = new ArticleMemory();
    names.forEach(memory::remember);
    return memory;
  }

  public void remember(KnownName name) {
    bySurface.put(name.getSurface(), name);
  }

  public KnownName lookup(String surface) {
    return bySurface.get(surface);
  }

  public List<KnownName> names() {
    return new ArrayList<>(bySurface.values());
  }
}
