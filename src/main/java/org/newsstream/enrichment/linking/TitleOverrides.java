package org.newsstream.enrichment.linking;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsstream.enrichment.BundledText;

/**
 * The reviewed corrections in {@code linking-overrides.tsv}: titles Wikipedia has moved since the
 * dictionary was made (about 2016: {@code Kiev} is now {@code Kyiv}), and the few mentions whose
 * top title is plainly another entity ("Kim Jong Un" → {@code Kim_Jong-woon}). Every line says
 * why in the file; it is not a place to make an evaluation pass.
 */
final class TitleOverrides {
  private static final String RESOURCE = "/org/newsstream/enrichment/linking-overrides.tsv";

  private final Map<String, String> movedTitles;
  private final Map<String, String> byMention;
  private final Map<String, String> abbreviations;

  private TitleOverrides(Map<String, String> movedTitles, Map<String, String> byMention,
      Map<String, String> abbreviations) {
    this.movedTitles = Map.copyOf(movedTitles);
    this.byMention = Map.copyOf(byMention);
    this.abbreviations = Map.copyOf(abbreviations);
  }

  static TitleOverrides bundled() {
    Map<String, String> moved = new HashMap<>();
    Map<String, String> mentions = new HashMap<>();
    Map<String, String> abbreviations = new HashMap<>();
    for (String line : BundledText.lines(RESOURCE)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length < 3) {
        throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
      }
      switch (columns[0]) {
        case "moved" -> moved.put(columns[1], columns[2]);
        case "mention" -> mentions.put(columns[1], columns[2]);
        case "abbrev" -> abbreviations.put(columns[1], columns[2]);
        default -> throw new IllegalStateException("bad kind in " + RESOURCE + ": " + line);
      }
    }
    return new TitleOverrides(moved, mentions, abbreviations);
  }

  /** The corrected title for a mention whose dictionary entry is wrong, if listed. */
  Optional<String> forMention(String mention) {
    return Optional.ofNullable(byMention.get(mention));
  }

  /** The place a news-agency abbreviation of a place stands for ("Calif" → California). */
  Optional<String> abbreviation(String place) {
    return Optional.ofNullable(abbreviations.get(place));
  }

  /**
   * The current title of a title that has moved, else the title itself. Besides the listed
   * moves, one rename applies to every title: since 2017 Wikipedia writes "Jr." and "Sr." without
   * a comma before them ({@code Carroll_A._Campbell,_Jr.} → {@code Carroll_A._Campbell_Jr.}).
   */
  String current(String title) {
    String moved = movedTitles.get(title);
    if (moved != null) {
      return moved;
    }
    if (title.endsWith(",_Jr.") || title.endsWith(",_Sr.")) {
      return title.substring(0, title.length() - 5) + "_" + title.substring(title.length() - 3);
    }
    return title;
  }
}
