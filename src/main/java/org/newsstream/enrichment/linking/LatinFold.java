package org.newsstream.enrichment.linking;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Name words without their diacritics, as wire copy writes them: "Milošević" is "Milosevic" on
 * the wire and in the dictionary's anchors, but the title keeps the accents. Letters that
 * Unicode does not decompose into base and mark (đ, ø, ł) are spelled as the wires spell them.
 */
final class LatinFold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private LatinFold() {}

  static String fold(String word) {
    String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace('đ', 'd').replace('ø', 'o').replace('ł', 'l').replace('ı', 'i');
  }

  static List<String> fold(List<String> words) {
    return words.stream().map(LatinFold::fold).toList();
  }
}
