package org.newsstream.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fingerprint of a paragraph for finding syndicated copies: a MinHash signature of its text's
 * word pairs, and the facts it states (its figures and the names of its entities). Pure,
 * immutable and thread-safe.
 *
 * <p>{@link #normalise} folds case, Unicode compatibility forms, punctuation and whitespace, so
 * copies that differ only in typography have equal fingerprints. Each of the {@link #SIGNATURE}
 * signature values is the minimum of one hash function over the shingles, so two texts agree on a
 * value with probability equal to the Jaccard similarity of their shingle sets; the share of
 * agreeing values estimates it ({@link #similarity}). A copy is a text at least
 * {@link #MIN_SIMILARITY} similar to an earlier one that still states every fact of it
 * ({@link #isCopyOf}): a copy that changes or drops a figure or a name is an update, a
 * contradiction or another event, which a desk wants to see; one that adds a fact (a dated
 * dateline) is still a copy.
 *
 * <p>Locality-sensitive hashing: the first {@link #BANDS} × {@link #ROWS} values form the band
 * keys, and texts sharing any band key are compared. A pair of similarity s shares a band with
 * probability 1 − (1 − s²)⁴: 0.99 at s = 0.8 (one changed word in 20), 0.93 at s = 0.7, and
 * about 4·s² for the s of a few hundredths of unrelated news paragraphs. {@code eval dedup}
 * measures the whole on edited copies of real paragraphs.
 */
public final class TextFingerprint {
  /** Signature length: the similarity estimate's precision (standard error 0.08 at s = 0.7). */
  public static final int SIGNATURE = 32;
  /** Bands a paragraph is looked up by; each is one hop of the duplicate search. */
  public static final int BANDS = 4;
  /** Signature values per band. */
  public static final int ROWS = 2;
  /**
   * Estimated similarity from which a text keeping the facts is a copy: a text sharing only half
   * of its word pairs (a paragraph repeating one sentence of another and adding its own) is not.
   */
  public static final double MIN_SIMILARITY = 0.7;
  /** Word pairs: one changed word changes two shingles, not three, so short copies stay close. */
  private static final int SHINGLE = 2;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern FIGURE = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");

  private final int[] signature;
  private final List<String> facts;

  private TextFingerprint(int[] signature, List<String> facts) {
    this.signature = signature;
    this.facts = facts;
  }

  /** The fingerprint of a paragraph's raw text, with no entity names. */
  public static TextFingerprint of(String text) {
    return of(text, List.of());
  }

  /** The fingerprint of a paragraph's raw text and the canonical names of its entities. */
  public static TextFingerprint of(String text, Collection<String> names) {
    List<String> facts = new ArrayList<>(figures(text));
    names.stream().map(name -> "@" + name.toLowerCase(Locale.ROOT)).distinct().forEach(facts::add);
    return new TextFingerprint(signature(normalise(text)), facts.stream().sorted().toList());
  }

  /** A fingerprint kept in a store; an empty signature (an older record) is a copy of nothing. */
  public static TextFingerprint restore(List<Integer> signature, List<String> facts) {
    return new TextFingerprint(signature.stream().mapToInt(Integer::intValue).toArray(),
        facts.stream().sorted().toList());
  }

  /** Lower-case words separated by single spaces; punctuation and marks removed. */
  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /** The signature, for storing. */
  public List<Integer> signature() {
    return Arrays.stream(signature).boxed().toList();
  }

  /**
   * The facts stated, sorted: each figure as often as stated, without thousands separators
   * ("11,000" → "11000"), and each entity name once, as {@code @} and the lower-cased canonical
   * name.
   */
  public List<String> facts() {
    return facts;
  }

  /** Band {@code index} (0 to {@link #BANDS} - 1), as a partition key. */
  public String bandKey(int index) {
    StringBuilder key = new StringBuilder().append(index).append(':');
    for (int row = 0; row < ROWS; row++) {
      key.append(Integer.toHexString(signature[index * ROWS + row])).append(row + 1 < ROWS ? "." : "");
    }
    return key.toString();
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]. */
  public double similarity(TextFingerprint other) {
    if (signature.length != SIGNATURE || other.signature.length != SIGNATURE) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIGNATURE; i++) {
      same += signature[i] == other.signature[i] ? 1 : 0;
    }
    return same / (double) SIGNATURE;
  }

  /**
   * Whether this text is a copy of the earlier {@code original}: similar enough, and stating every
   * fact the original states.
   */
  public boolean isCopyOf(TextFingerprint original) {
    return similarity(original) >= MIN_SIMILARITY && statesAll(original.facts);
  }

  /** Multiset containment of sorted lists: "2 goals to 1" does not state "1 to 1" twice. */
  private boolean statesAll(List<String> theirs) {
    int i = 0;
    for (String fact : theirs) {
      while (i < facts.size() && facts.get(i).compareTo(fact) < 0) {
        i++;
      }
      if (i == facts.size() || !facts.get(i).equals(fact)) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static int[] signature(String normalised) {
    String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
    List<Long> shingles = new ArrayList<>();
    if (words.length < SHINGLE) {
      shingles.add(hash(normalised));
    }
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      shingles.add(hash(String.join(" ", Arrays.asList(words).subList(i, i + SHINGLE))));
    }
    int[] signature = new int[SIGNATURE];
    for (int f = 0; f < SIGNATURE; f++) {
      long min = Long.MAX_VALUE;
      long seed = 0x9e3779b97f4a7c15L * (f + 1);
      for (long shingle : shingles) {
        min = Math.min(min, mix(shingle ^ seed));
      }
      signature[f] = (int) (min >>> 32);
    }
    return signature;
  }

  private static List<String> figures(String text) {
    List<String> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (m.find()) {
      figures.add(m.group().replace(",", ""));
    }
    return figures;
  }

  /** FNV-1a, then {@link #mix}, so similar shingles get unrelated hashes. */
  private static long hash(String shingle) {
    long h = 0xcbf29ce484222325L;
    for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  private static long mix(long h) {
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
