package org.newsstream.enrichment.linking;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsstream.enrichment.entities.NameKey;
import org.newsstream.schema.EntityType;

/**
 * Links a mention to a Wikipedia title: the dictionary's prior, accepted only when the tagger's
 * type agrees with what the title is ({@link TypeAgreement}) and the prior is a clear majority;
 * otherwise the mention keeps an id made from its name, which is better than a wrong link.
 *
 * <p>The article's canonical name is looked up before the surface, which is how a full name
 * earlier in the article wins over the prior for a surname: "Clinton" after "Hillary Clinton"
 * carries canonical "Hillary Clinton", so the surname's own prior (Bill Clinton) never counts.
 * For the same reason a person's surface is never tried when the canonical name is unknown:
 * "Kovalenko" after "Andrii Kovalenko" is {@code name:andrii_kovalenko}, not whoever the
 * dictionary thinks "Kovalenko" is. Immutable and thread-safe.
 */
public final class EntityLinker {
  /**
   * The share of a mention's anchors its top title needs: more than half, so that the dictionary's
   * reading is the majority one. Chosen before measuring, not tuned on the evaluation set.
   */
  public static final double MIN_PRIOR = 0.5;

  private final LinkIndex index;
  private final Set<String> places;
  private final TitleOverrides overrides;

  /** @param index null for a linker without a dictionary: every mention gets its name's id */
  EntityLinker(LinkIndex index, Set<String> places, TitleOverrides overrides) {
    this.index = index;
    this.places = Set.copyOf(places);
    this.overrides = Objects.requireNonNull(overrides);
  }

  /** A linker over {@code index} with the bundled place names and overrides. */
  public static EntityLinker over(LinkIndex index) {
    return new EntityLinker(index, PlaceNames.bundled(), TitleOverrides.bundled());
  }

  /**
   * A linker with no dictionary: ids from names only. For tests and tools that must not build the
   * index; never the production default.
   */
  public static EntityLinker namesOnly() {
    return new EntityLinker(null, Set.of(), TitleOverrides.bundled());
  }

  /**
   * @param surface the mention as written
   * @param canonical the article-level canonical name (the full name of a person named before)
   */
  public Link link(String surface, String canonical, EntityType type) {
    if (index == null) {
      return Link.unlinked(canonical);
    }
    Optional<String> fixed = overrides.forMention(canonical).or(() -> overrides.forMention(surface))
        .or(() -> type == EntityType.LOCATION
            ? overrides.abbreviation(NameKey.clean(surface).replace(".", "")) : Optional.empty());
    if (fixed.isPresent()) {
      return Link.toTitle(fixed.get());
    }
    Optional<Optional<String>> decided = decide(canonical, type);
    if (decided.isEmpty() && type != EntityType.PERSON && !canonical.equals(surface)) {
      decided = decide(NameKey.clean(surface), type);
    }
    return decided.flatMap(title -> title)
        .map(title -> Link.toTitle(overrides.current(title)))
        .orElseGet(() -> Link.unlinked(canonical));
  }

  /**
   * Empty when the dictionary does not know the name in any form; a present empty when it knows
   * it but the link is refused (too uncertain, or the wrong type); else the title.
   */
  private Optional<Optional<String>> decide(String name, EntityType type) {
    if (index == null) {
      return Optional.empty();
    }
    // The forms are typographic variants of one name ("CHICAGO", "Chicago"): the first one whose
    // title is accepted wins, and a refused form lets the next one be tried, because all-capitals
    // anchors are dominated by brand stylings (CHICAGO the band).
    boolean known = false;
    for (String form : forms(name)) {
      Optional<Prior> prior = index.lookup(form);
      known |= prior.isPresent();
      Optional<String> title = prior.filter(p -> p.probability() >= MIN_PRIOR)
          .filter(p -> TypeAgreement.agrees(type, NameKey.words(name),
              TitleShape.of(overrides.current(p.title()), places)))
          .map(Prior::title);
      if (title.isPresent()) {
        return Optional.of(title);
      }
    }
    return known ? Optional.of(Optional.empty()) : Optional.empty();
  }

  /**
   * The name as written, then, for an all-capitals headline name, in title case, and for a name
   * that starts with a lower-case particle ("al-Aqsa"), with a capital: the index keeps only
   * mentions that start with one, as names at the start of a sentence do.
   */
  static List<String> forms(String name) {
    if (!name.isEmpty() && Character.isLowerCase(name.codePointAt(0))) {
      int first = name.offsetByCodePoints(0, 1);
      return List.of(name,
          name.substring(0, first).toUpperCase(Locale.ROOT) + name.substring(first));
    }
    if (!isShouted(name)) {
      return List.of(name);
    }
    StringBuilder titled = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      titled.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return List.of(name, titled.toString());
  }

  /** All capitals with a word of 4+ letters: "BONN", "LEICESTERSHIRE", not "UN" or "U.S.". */
  private static boolean isShouted(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String word : name.split(" ")) {
      if (word.chars().filter(Character::isLetter).count() >= 4) {
        return true;
      }
    }
    return false;
  }
}
