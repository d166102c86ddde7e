package org.newsstream.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsstream.dedup.TextFingerprint;

/**
 * Measures duplicate marking on synthetic edits of real paragraphs: how many edited copies are
 * still found (reach), how many copies with a changed figure are rightly left as news, and how
 * many pairs of different paragraphs are wrongly taken for copies. A copy is found as in the
 * stream: the two share a band key and {@link TextFingerprint#isCopyOf} holds, with the
 * paragraph's entity names when the data has them. Edits touch lower-case words only, so names
 * stay. The SimHash the
 * stream used before (64 bits over word pairs, at most 3 bits apart, 4 bands) is measured beside
 * it as the baseline. Deterministic (seeded edits).
 */
public final class DedupEvaluator {
  private static final Pattern FIGURE = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");
  private static final List<String> DATELINES = List.of("SEOUL (Reuters) - ", "MOSCOW (AP) — ",
      "KYIV, Nov 26 (Reuters) - ", "WASHINGTON — ", "LONDON (AFP) - ");

  private DedupEvaluator() {}

  /**
   * Share of copies of one kind found, by the fingerprint and by the baseline; for an edit after
   * which the text is news ({@code stillACopy} false), lower is better.
   */
  public record Reach(String edit, boolean stillACopy, int copies, double found,
      double baselineFound) {}

  /** A paragraph and the canonical names of its entities (empty when unknown). */
  public record Item(String text, List<String> names) {}

  /** Everything measured. */
  public record Report(List<Reach> reach, int paragraphs, long pairs, long falseCopies,
      long baselineFalseCopies, long identicalPairs) {}

  /** An edit of a paragraph; null when the edit does not apply to it. */
  private record Edit(String name, boolean stillACopy, Function<EditInput, String> apply) {}

  private record EditInput(String text, Random random) {}

  public static Report evaluate(List<Item> paragraphs, long seed) {
    List<Edit> edits = List.of(
        new Edit("typography (case, dashes, quotes)", true,
            in -> in.text().toUpperCase(Locale.ROOT).replace("–", "-").replace("\"", "“")),
        new Edit("dateline added", true,
            in -> DATELINES.get(in.random().nextInt(DATELINES.size())) + in.text()),
        new Edit("one word replaced", true, in -> replaceWords(in, 1)),
        new Edit("one word deleted", true, in -> deleteWord(in)),
        new Edit("two words replaced", true, in -> replaceWords(in, 2)),
        new Edit("dateline and one word replaced", true, in -> replaceWords(new EditInput(
            DATELINES.get(in.random().nextInt(DATELINES.size())) + in.text(), in.random()), 1)),
        new Edit("a figure changed (should stay news)", false, DedupEvaluator::changeFigure));
    Random random = new Random(seed);
    List<Reach> reach = new ArrayList<>();
    for (Edit edit : edits) {
      int copies = 0;
      int found = 0;
      int baselineFound = 0;
      for (Item item : paragraphs) {
        String copy = edit.apply().apply(new EditInput(item.text(), random));
        if (copy == null) {
          continue;
        }
        copies++;
        found += isFound(TextFingerprint.of(item.text(), item.names()),
            TextFingerprint.of(copy, item.names())) ? 1 : 0;
        baselineFound += SimHashBaseline.isCopy(item.text(), copy) ? 1 : 0;
      }
      reach.add(new Reach(edit.name(), edit.stillACopy(), copies,
          copies == 0 ? 0 : found / (double) copies,
          copies == 0 ? 0 : baselineFound / (double) copies));
    }
    List<TextFingerprint> fingerprints =
        paragraphs.stream().map(p -> TextFingerprint.of(p.text(), p.names())).toList();
    long falseCopies = pairsMarked(paragraphs.size(),
        i -> bandKeys(fingerprints.get(i)),
        (i, j) -> fingerprints.get(j).isCopyOf(fingerprints.get(i)));
    List<Long> hashes = paragraphs.stream().map(p -> SimHashBaseline.of(p.text())).toList();
    long baselineFalse = pairsMarked(paragraphs.size(), i -> SimHashBaseline.bandKeys(hashes.get(i)),
        (i, j) -> Long.bitCount(hashes.get(i) ^ hashes.get(j)) <= SimHashBaseline.MAX_DISTANCE);
    Map<String, Integer> byText = new HashMap<>();
    long identical = 0;
    for (Item item : paragraphs) {
      identical += byText.merge(TextFingerprint.normalise(item.text()), 1, Integer::sum) - 1;
    }
    long n = paragraphs.size();
    return new Report(reach, paragraphs.size(), n * (n - 1) / 2, falseCopies, baselineFalse,
        identical);
  }

  private static boolean isFound(TextFingerprint original, TextFingerprint copy) {
    for (int band = 0; band < TextFingerprint.BANDS; band++) {
      if (original.bandKey(band).equals(copy.bandKey(band))) {
        return copy.isCopyOf(original);
      }
    }
    return false;
  }

  private static List<String> bandKeys(TextFingerprint fingerprint) {
    List<String> keys = new ArrayList<>();
    for (int band = 0; band < TextFingerprint.BANDS; band++) {
      keys.add(fingerprint.bandKey(band));
    }
    return keys;
  }

  /** Pairs (i < j) sharing a band key for which {@code copy(i, j)} holds, via a band index. */
  private static long pairsMarked(int n, Function<Integer, List<String>> keys,
      BiPredicate<Integer, Integer> copy) {
    Map<String, List<Integer>> index = new HashMap<>();
    Set<Long> marked = new HashSet<>();
    for (int j = 0; j < n; j++) {
      Set<Integer> candidates = new HashSet<>();
      for (String key : keys.apply(j)) {
        candidates.addAll(index.getOrDefault(key, List.of()));
      }
      for (int i : candidates) {
        if (copy.test(i, j)) {
          marked.add((long) i * n + j);
        }
      }
      for (String key : keys.apply(j)) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
      }
    }
    return marked.size();
  }

  private static String replaceWords(EditInput in, int count) {
    String[] words = in.text().split(" ");
    List<Integer> plain = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (isPlain(words[i])) {
        plain.add(i);
      }
    }
    if (plain.size() < 10) {
      return null;
    }
    for (int k = 0; k < count; k++) {
      int at = plain.remove(in.random().nextInt(plain.size()));
      words[at] = "edited" + k;
    }
    return String.join(" ", words);
  }

  private static String deleteWord(EditInput in) {
    List<String> words = new ArrayList<>(List.of(in.text().split(" ")));
    if (words.size() < 10) {
      return null;
    }
    int at = in.random().nextInt(words.size());
    if (!isPlain(words.get(at))) {
      return null;
    }
    words.remove(at);
    return String.join(" ", words);
  }

  /** A lower-case word: not a figure, not part of a name. */
  private static boolean isPlain(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !FIGURE.matcher(word).find();
  }

  private static String changeFigure(EditInput in) {
    var m = FIGURE.matcher(in.text());
    if (!m.find()) {
      return null;
    }
    String figure = m.group();
    char last = figure.charAt(figure.length() - 1);
    String changed = figure.substring(0, figure.length() - 1) + (char) (last == '9' ? '1' : last + 1);
    return in.text().substring(0, m.start()) + changed + in.text().substring(m.end());
  }

  /** The fingerprint the stream used before MinHash, kept here as the baseline. */
  static final class SimHashBaseline {
    static final int MAX_DISTANCE = 3;

    static long of(String text) {
      String normalised = TextFingerprint.normalise(text);
      String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
      int[] votes = new int[64];
      List<String> shingles = new ArrayList<>();
      if (words.length < 2) {
        shingles.add(normalised);
      }
      for (int i = 0; i + 1 < words.length; i++) {
        shingles.add(words[i] + ' ' + words[i + 1]);
      }
      for (String shingle : shingles) {
        long h = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        for (int bit = 0; bit < 64; bit++) {
          votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
      }
      long fingerprint = 0;
      for (int bit = 0; bit < 64; bit++) {
        fingerprint |= votes[bit] > 0 ? 1L << bit : 0;
      }
      return fingerprint;
    }

    static boolean isCopy(String original, String copy) {
      return Long.bitCount(of(original) ^ of(copy)) <= MAX_DISTANCE;
    }

    static List<String> bandKeys(long fingerprint) {
      List<String> keys = new ArrayList<>();
      for (int band = 0; band < 4; band++) {
        keys.add(band + ":" + ((fingerprint >>> (band * 16)) & 0xffff));
      }
      return keys;
    }
  }
}
