package org.newsstream.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstream.enrichment.claims.Gender;
import org.newsstream.enrichment.claims.Speakers;
import org.newsstream.schema.ArticleState;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;

/**
 * What enrichment remembers of one article between its paragraphs: the names already seen, with
 * their canonical form and type, so that "Putin" in paragraph 4 joins "Vladimir Putin" of
 * paragraph 1; and who is speaking ({@link Speakers}), so that "he said" and a quote paragraph
 * without attribution get a source. Not thread-safe: one article is processed by one thread at a
 * time.
 */
public final class ArticleMemory {
  private final Map<String, KnownName> bySurface = new LinkedHashMap<>();
  private final Map<String, Gender> genders = new HashMap<>();
  private List<String> recentPeople = List.of();
  private String lastSpeaker;

  public static ArticleMemory empty() {
    return new ArticleMemory();
  }

  public static ArticleMemory of(List<KnownName> names) {
    ArticleMemory memory = new ArticleMemory();
    names.forEach(memory::remember);
    return memory;
  }

  /** The memory kept in the enrichment topology's article-state store. */
  public static ArticleMemory of(ArticleState state) {
    ArticleMemory memory = of(state.getNames());
    state.getGenders().forEach((name, gender) -> {
      try {
        memory.genders.put(name, Gender.valueOf(gender));
      } catch (IllegalArgumentException newerValue) {
        // A value written by a newer version: unknown here, so treated as not known at all.
      }
    });
    memory.recentPeople = List.copyOf(state.getRecentPeople());
    memory.lastSpeaker = state.getLastSpeaker();
    return memory;
  }

  /** Copies this memory into a state record being built. */
  public ArticleState.Builder writeTo(ArticleState.Builder state) {
    Map<String, String> byName = new LinkedHashMap<>();
    genders.forEach((name, gender) -> byName.put(name, gender.name()));
    return state.setNames(names()).setGenders(byName).setRecentPeople(recentPeople)
        .setLastSpeaker(lastSpeaker);
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

  /** Remembers genders the text revealed; a later revelation wins. */
  public void rememberGenders(Map<String, Gender> revealed) {
    genders.putAll(revealed);
  }

  /** Who was speaking, as far as the paragraphs so far tell. */
  public Speakers speakers() {
    Set<String> persons = new HashSet<>(recentPeople);
    bySurface.values().stream().filter(name -> name.getType() == EntityType.PERSON)
        .forEach(name -> persons.add(name.getCanonical()));
    return new Speakers(recentPeople, genders, lastSpeaker, persons);
  }

  /**
   * Ends a paragraph: {@code people} (canonical names, in order) become the candidates for later
   * pronouns if there are any, and {@code speaker} the current speaker (null: nobody speaks on).
   */
  public void endParagraph(List<String> people, String speaker) {
    if (!people.isEmpty()) {
      recentPeople = List.copyOf(people);
    }
    lastSpeaker = speaker;
  }
}
