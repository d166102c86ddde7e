package org.newsstream.enrichment.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>a surface seen before as a person stays that person, whatever the tagger says now; a
 *       surface seen before with the type the tagger gives now keeps its canonical name. Other
 *       type changes are believed: in news a city is a place in one sentence and its sports team
 *       in the next, a country a place or its government (forcing the first type cost 0.6 F1 on
 *       CoNLL-2003);
 *   <li>a seat of government is the organisation it stands for ("the Kremlin chief" → Kremlin,
 *       ORGANIZATION), under its own name, not the country's;
 *   <li>a demonym becomes its country, typed LOCATION ("North Korean troops" → "North Korea");
 *   <li>a spelling variant of a known name joins it ("Kim Jong Un" → "Kim Jong-Un");
 *   <li>a person's partial name joins the most recent full name containing it ("Putin", "Ms
 *       Choe" → "Vladimir Putin", "Choe Son Hui"), and a full name arriving after its short form
 *       takes the short form over from then on;
 *   <li>otherwise the mention starts a new name.
 * </ol>
 *
 * Stateless itself and thread-safe; a {@link Session} serves one paragraph on one thread.
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

  /** Resolves one mention on its own; for many, open a {@link Session}. */
  public Entity resolve(Mention mention, ArticleMemory memory) {
    return open(memory).resolve(mention);
  }

  /** A session over one article's memory, indexing it once for a paragraph's mentions. */
  public Session open(ArticleMemory memory) {
    return new Session(memory);
  }

  /** Resolution of one paragraph's mentions; not thread-safe. */
  public final class Session {
    private final ArticleMemory memory;
    private final Map<String, KnownName> bySurface = new HashMap<>();
    private final Map<String, KnownName> byKey = new HashMap<>();
    private final List<KnownName> persons = new ArrayList<>();
    private final List<List<String>> personWords = new ArrayList<>();

    private Session(ArticleMemory memory) {
      this.memory = memory;
      memory.names().forEach(this::index);
    }

    /** Remembered names by surface, this paragraph's included. */
    public Map<String, KnownName> known() {
      return bySurface;
    }

    /** The mention as a schema entity with its canonical name; remembers the name. */
    public Entity resolve(Mention mention) {
      String surface = NameKey.clean(mention.text());
      if (surface.isEmpty()) {
        surface = mention.text();
      }
      String cleaned = surface;
      KnownName name = Optional.ofNullable(bySurface.get(surface))
          .filter(known -> compatible(known, mention))
          .or(() -> asGovernment(mention, cleaned))
          .or(() -> fromDemonym(mention, cleaned))
          .or(() -> Optional.ofNullable(byKey.get(NameKey.of(mention.text())))
              .filter(known -> compatible(known, mention)))
          .or(() -> partOfPerson(mention))
          .orElseGet(() -> fresh(mention));
      remember(new KnownName(surface, name.getCanonical(), name.getType()));
      adoptShortForms(name);
      return Entity.newBuilder()
          .setText(mention.text())
          .setType(name.getType())
          .setStart(mention.start())
          .setEnd(mention.end())
          .setCanonical(name.getCanonical())
          .build();
    }

    private Optional<KnownName> asGovernment(Mention mention, String surface) {
      // The news convention, like demonyms as countries; CoNLL-2003 keeps the tagger's type.
      if (!demonymsAsCountries || mention.type() == EntityType.PERSON
          || !GovernmentSeats.isSeat(surface)) {
        return Optional.empty();
      }
      return Optional.of(new KnownName(surface, surface, EntityType.ORGANIZATION));
    }

    private Optional<KnownName> fromDemonym(Mention mention, String surface) {
      if (!demonymsAsCountries
          || (mention.type() != EntityType.MISC && mention.type() != EntityType.LOCATION)) {
        return Optional.empty();
      }
      return demonyms.country(surface).map(c -> new KnownName(surface, c, EntityType.LOCATION));
    }

    private Optional<KnownName> partOfPerson(Mention mention) {
      List<String> words = NameKey.words(mention.text());
      // Only a PERSON mention, or a one-word one the tagger may have mistyped ("Putin" as
      // LOCATION happens), joins a person; LOCATION "Washington" must not join "George Washington".
      boolean eligible = mention.type() == EntityType.PERSON
          || (words.size() == 1 && mention.type() != EntityType.LOCATION);
      if (!eligible) {
        return Optional.empty();
      }
      for (int i = persons.size() - 1; i >= 0; i--) {
        if (NameKey.isPartOf(words, personWords.get(i))) {
          return Optional.of(persons.get(i));
        }
      }
      return Optional.empty();
    }

    /** After "Putin" alone, "Vladimir Putin" makes later bare "Putin"s join the full name. */
    private void adoptShortForms(KnownName full) {
      if (full.getType() != EntityType.PERSON) {
        return;
      }
      List<String> fullWords = NameKey.words(full.getCanonical());
      for (int i = 0; i < persons.size(); i++) {
        KnownName known = persons.get(i);
        KnownName current = bySurface.get(known.getSurface());
        if (!current.getCanonical().equals(full.getCanonical())
            && NameKey.isPartOf(personWords.get(i), fullWords)) {
          remember(new KnownName(known.getSurface(), full.getCanonical(), EntityType.PERSON));
        }
      }
    }

    private void remember(KnownName name) {
      memory.remember(name);
      index(name);
    }

    private void index(KnownName name) {
      bySurface.put(name.getSurface(), name);
      byKey.put(NameKey.of(name.getSurface()), name);
      byKey.put(NameKey.of(name.getCanonical()), name);
      if (name.getType() == EntityType.PERSON) {
        persons.add(name);
        personWords.add(NameKey.words(name.getCanonical()));
      }
    }
  }

  /** A known person stays a person; other names join only when the tagger agrees on the type. */
  private static boolean compatible(KnownName known, Mention mention) {
    return known.getType() == EntityType.PERSON || known.getType() == mention.type();
  }

  private static KnownName fresh(Mention mention) {
    String canonical = NameKey.withoutTitles(mention.text());
    return new KnownName(NameKey.clean(mention.text()), canonical, mention.type());
  }
}
