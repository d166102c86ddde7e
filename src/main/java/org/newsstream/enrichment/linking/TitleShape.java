package org.newsstream.enrichment.linking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsstream.enrichment.entities.NameKey;

/**
 * What kind of thing a Wikipedia title names, read from the title alone, since the dictionary
 * carries no types. Wikipedia's naming conventions say a lot: a parenthetical disambiguator
 * ("Georgia (U.S. state)", "Ajax (programming)", "John Smith (footballer)"), a comma qualifier
 * ("Paris, Texas"), an organisation's head word ("… Party", "… F.C."), membership in the bundled
 * list of countries and cities, and the shape of a personal name (two to four capitalised words).
 *
 * @param words the title's name words without the disambiguator, as {@link NameKey#words} keys
 * @param personShaped two to four capitalised words and nothing marking a place or organisation
 */
record TitleShape(Kind kind, List<String> words, boolean personShaped) {
  enum Kind { PLACE, PERSON, ORGANIZATION, WORK, OTHER }

  private static final List<String> PLACE_MARKS = List.of(
      "city", "state", "country", "county", "province", "region", "river", "island", "town",
      "village", "district", "municipality", "department", "territory", "prefecture", "oblast",
      "governorate", "canton", "borough", "mountain", "lake", "sea", "peninsula", "capital");
  private static final List<String> PERSON_MARKS = List.of(
      "politician", "footballer", "cricketer", "tennis", "actor", "actress", "singer", "musician",
      "boxer", "athlete", "golfer", "rugby", "basketball", "baseball", "ice hockey", "cyclist",
      "racing driver", "driver", "journalist", "writer", "author", "businessman", "businesswoman",
      "judge", "general", "soldier", "lawyer", "economist", "born", "died", "bishop", "priest",
      "swimmer", "skier", "runner", "jockey", "wrestler", "player", "coach", "manager", "poet",
      "painter", "composer", "diplomat", "official", "activist", "banker", "engineer", "scientist",
      "presenter", "director", "producer", "rapper", "king", "queen", "emperor", "sultan", "prince");
  private static final List<String> ORGANIZATION_MARKS = List.of(
      "company", "band", "organization", "organisation", "party", "club", "newspaper", "airline",
      "team", "agency", "bank", "university", "record label", "group", "corporation", "militia");
  private static final List<String> WORK_MARKS = List.of(
      "film", "album", "song", "novel", "tv series", "series", "book", "play", "video game",
      "opera", "programming", "software", "comics", "character", "ep", "single", "musical", "poem",
      "magazine", "manga", "anime", "franchise", "game", "ship", "horse", "genus", "plant",
      "mythology", "name", "surname", "given name", "disambiguation");
  /** Last words that make a title an organisation ("Labour Party", "Manchester United F.C."). */
  private static final Set<String> ORGANIZATION_HEADS = Set.of(
      "party", "inc", "corporation", "corp", "company", "co", "bank", "university", "council",
      "association", "union", "league", "club", "fc", "afc", "cf", "sc", "group", "agency",
      "ministry", "organization", "organisation", "committee", "airlines", "airways", "motors",
      "institute", "commission", "federation", "army", "navy", "force", "police", "service",
      "assembly", "parliament", "congress", "court", "department", "office", "foundation", "fund",
      "exchange", "system", "nations", "times", "post", "news", "ltd", "plc", "ag", "sa", "nv",
      "directorate", "bureau",
      "holdings", "industries", "international", "reserve", "cup", "championship", "games",
      "olympics", "tournament", "open", "festival", "award", "awards", "war", "treaty", "act");

  /** Last words of place titles that would otherwise look like a person ("New York City"). */
  private static final Set<String> PLACE_HEADS = Set.of(
      "city", "river", "street", "square", "island", "islands", "mountains", "county", "bay",
      "lake", "valley", "strip", "bank", "hill", "hills", "park", "airport", "station", "road",
      "bridge", "port", "province", "region", "district", "state", "republic", "kingdom", "sea",
      "ocean", "gulf", "coast", "desert", "heights", "east", "west", "north", "south",
      // Buildings are places, and their names often hold a person-like pair ("Al-Aqsa Mosque").
      // Not "church", "temple", "castle", "tower": surnames too (Frank Church, John Tower).
      "mosque", "cathedral", "synagogue", "shrine", "stadium", "monument");

  /** The shape of {@code title} (underscores for spaces, as the dictionary writes it). */
  static TitleShape of(String title, Set<String> places) {
    String text = title.replace('_', ' ').strip();
    String marker = "";
    int open = text.lastIndexOf(" (");
    if (open > 0 && text.endsWith(")")) {
      marker = text.substring(open + 2, text.length() - 1).toLowerCase(Locale.ROOT);
      text = text.substring(0, open).strip();
    }
    String qualifier = "";
    int comma = text.indexOf(", ");
    if (comma > 0) {
      qualifier = text.substring(comma + 2).strip();
      text = text.substring(0, comma).strip();
    }
    List<String> words = NameKey.words(text);
    boolean organisationHead = ORGANIZATION_HEADS.contains(words.get(words.size() - 1));
    Kind kind;
    if (!marker.isEmpty()) {
      kind = marks(marker, PLACE_MARKS) || places.contains(marker) ? Kind.PLACE
          : marks(marker, PERSON_MARKS) ? Kind.PERSON
          : marks(marker, ORGANIZATION_MARKS) ? Kind.ORGANIZATION
          : marks(marker, WORK_MARKS) ? Kind.WORK : Kind.OTHER;
    } else if (places.contains(text) && qualifier.isEmpty()) {
      kind = Kind.PLACE;
    } else if (!qualifier.isEmpty() && places.contains(qualifier)) {
      kind = Kind.PLACE;
    } else if (organisationHead) {
      kind = Kind.ORGANIZATION;
    } else {
      kind = Kind.OTHER;
    }
    // Words between spaces: a hyphenated single word ("Ü-Tsang", a region) is no first name and
    // surname, though its name key has two words.
    int spaced = text.split(" ").length;
    boolean personShaped = (kind == Kind.PERSON || kind == Kind.OTHER)
        && spaced >= 2 && words.size() <= 4 && capitalised(text)
        && !PLACE_HEADS.contains(words.get(words.size() - 1));
    return new TitleShape(kind, words, personShaped);
  }

  private static boolean marks(String marker, List<String> marks) {
    for (String mark : marks) {
      if (marker.equals(mark) || marker.startsWith(mark + " ") || marker.endsWith(" " + mark)
          || marker.contains(" " + mark + " ")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "bin", "al",
      "el", "da", "di", "la", "le", "du", "dos", "del", "ibn");

  private static boolean capitalised(String text) {
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      // "al-Gaddafi", "bin-Laden": a particle joined to the capitalised name by a hyphen.
      int hyphen = word.indexOf('-');
      String head = hyphen > 0 ? word.substring(0, hyphen) : word;
      String checked = hyphen > 0 && PARTICLES.contains(head) && hyphen + 1 < word.length()
          ? word.substring(hyphen + 1) : word;
      if (!Character.isUpperCase(checked.codePointAt(0)) && !PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
