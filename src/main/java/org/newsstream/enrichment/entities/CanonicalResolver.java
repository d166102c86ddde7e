package org.newsstream.enrichment.entities;

import java.util.List;
import java.util.Optional;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;

/**
 * Gives each mention its article-level canonical name and type, reading and updating the
 * article's memory. In order of precedence:
 *
 * <ol>
 *   <li>a surface seen before keeps its canonical name and type (article-level consistency);
 *   <li>a demonym becomes its country, typed LOCATION ("North Korean troops" → "North Korea");
 *   <li>a spelling variant of a known name joins it ("Kim Jong Un" → "Kim Jong-Un");
 *   <li>a person's partial name joins the most recent full name containing it ("Putin", "Ms
 *       Choe" → "Vladimir Putin", "Choe Son Hui"), and a full name arriving after its short form
 *       takes the short form over from then on;
 *   <li>otherwise the mention starts a new name.
 * </ol>
 *
 * Stateless itself; thread-safe as long as each memory is used by one thread at a time.
 */
public final class CanonicalResolver {
  private final Demonyms demonyms;
  private final boolean demonymsAsCountries;

  /**
   * @param demonymsAsCountries true to turn demonyms into their country as a LOCATION; false
   *     keeps the tagger's type and the demonym itself (the CoNLL-2003 convention, where
   *     "German" is MISC)
   */
  public CanonicalResolver(Demonyms demonyms, boolean demonymsAsCountries) {
    this.demonyms = demonyms;
    this.demonymsAsCountries = demonymsAsCountries;
  }

  /** The mention as a schema entity with its canonical name; remembers the name. */
  public Entity resolve(Mention mention, ArticleMemory memory) {
    String surface = NameKey.clean(mention.text());
    if (surface.isEmpty()) {
      surface = mention.text();
    }
    KnownName name = Optional.ofNullable(memory.lookup(surface))
        .or(() -> fromDemonym(mention, NameKey.clean(mention.text())))
        .or(() -> variantOf(NameKey.of(mention.text()), memory))
        .or(() -> partOfPerson(mention, memory))
        .orElseGet(() -> fresh(mention));
    KnownName remembered = new KnownName(surface, name.getCanonical(), name.getType());
    memory.remember(remembered);
    adoptShortForms(remembered, memory);
    return Entity.newBuilder()
        .setText(mention.text())
        .setType(name.getType())
        .setStart(mention.start())
        .setEnd(mention.end())
        .setCanonical(name.getCanonical())
        .build();
  }

  private Optional<KnownName> fromDemonym(Mention mention, String surface) {
    if (!demonymsAsCountries
        || (mention.type() != EntityType.MISC && mention.type() != EntityType.LOCATION)) {
      return Optional.empty();
    }
    return demonyms.country(surface).map(c -> new KnownName(surface, c, EntityType.LOCATION));
  }

  private static Optional<KnownName> variantOf(String key, ArticleMemory memory) {
    List<KnownName> names = memory.names();
    for (int i = names.size() - 1; i >= 0; i--) {
      KnownName known = names.get(i);
      if (NameKey.of(known.getSurface()).equals(key) || NameKey.of(known.getCanonical()).equals(key)) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }

  private static Optional<KnownName> partOfPerson(Mention mention, ArticleMemory memory) {
    List<String> words = NameKey.words(mention.text());
    // Only a PERSON mention, or a one-word one the tagger may have mistyped ("Putin" as LOCATION
    // happens), joins a person; a LOCATION "Washington" must not join "George Washington".
    boolean eligible = mention.type() == EntityType.PERSON
        || (words.size() == 1 && mention.type() != EntityType.LOCATION);
    if (!eligible) {
      return Optional.empty();
    }
    List<KnownName> names = memory.names();
    for (int i = names.size() - 1; i >= 0; i--) {
      KnownName known = names.get(i);
      if (known.getType() == EntityType.PERSON
          && NameKey.isPartOf(words, NameKey.words(known.getCanonical()))) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }

  private static KnownName fresh(Mention mention) {
    String canonical = NameKey.withoutTitles(mention.text());
    return new KnownName(NameKey.clean(mention.text()), canonical, mention.type());
  }

  /** After "Putin" alone, "Vladimir Putin" makes later bare "Putin"s join the full name. */
  private static void adoptShortForms(KnownName full, ArticleMemory memory) {
    if (full.getType() != EntityType.PERSON) {
      return;
    }
    List<String> fullWords = NameKey.words(full.getCanonical());
    for (KnownName known : memory.names()) {
      if (known.getType() == EntityType.PERSON
          && !known.getCanonical().equals(full.getCanonical())
          && NameKey.isPartOf(NameKey.words(known.getCanonical()), fullWords)) {
        memory.remember(new KnownName(known.getSurface(), full.getCanonical(), EntityType.PERSON));
      }
    }
  }
}
