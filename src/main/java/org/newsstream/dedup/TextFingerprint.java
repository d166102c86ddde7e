package org.newsstream.dedup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;

/**
 * The fingerprint of a paragraph for finding syndicated copies: a MinHash sketch of its text's
 * word pairs, and the facts it states (its figures and the names of its entities). Pure; not
 * shared between threads (the sketch is computed on first use).
 *
 * <p>{@link #normalise} folds case, Unicode compatibility forms, punctuation and whitespace, so
 * copies that differ only in typography have equal fingerprints. Each of the {@link #SKETCH}
 * MinHash values is the minimum of one hash function over the shingles, so two texts agree on a
 * value with probability equal to the Jaccard similarity s of their shingle sets. Only the lowest
 * byte of each value is kept (b-bit MinHash, Li and König 2010): bytes also agree by chance once in
 * 256, which {@link #similarity} corrects for, and 128 bytes estimate s to ±0.04 at s = 0.7 where
 * 32 whole values would take the same space and estimate it to ±0.08. A copy is a text at least
 * {@link #MIN_SIMILARITY} similar to an earlier one that still states every fact of it
 * ({@link #isCopyOf}): a copy that changes or drops a figure or a name is an update, a
 * contradiction or another event, which a desk wants to see; one that adds a fact (a dated
 * dateline) is still a copy.
 *
 * <p>Locality-sensitive hashing: {@link #BANDS} bands of {@link #ROWS} whole MinHash values are
 * the keys texts are looked up by, and texts sharing any band key are compared. A pair of
 * similarity s shares a band with probability 1 − (1 − s²)⁴: 0.99 at s = 0.8 (one changed word in
 * 20), 0.93 at s = 0.7, and about 4·s² for the s of a few hundredths of unrelated news paragraphs.
 * {@code eval dedup} measures the whole on edited copies of real paragraphs.
 */
public final class TextFingerprint {
  /** MinHash values kept, one byte each. */
  public static final int SKETCH = 128;
  /** Bands a paragraph is looked up by; each is one hop of the duplicate search. */
  public static final int BANDS = 4;
  /** MinHash values per band. */
  public static final int ROWS = 2;
  /**
   * Estimated similarity from which a text keeping the facts is a copy: a text sharing only half
   * of its word pairs (a paragraph repeating one sentence of another and adding its own) is not.
   */
  public static final double MIN_SIMILARITY = 0.7;
  /** Word pairs: one changed word changes two shingles, not three, so short copies stay close. */
  private static final int SHINGLE = 2;
  private static final double CHANCE = 1 / 256.0;
  private static final Pattern FIGURE = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_SEVEN = 0x7f7f7f7f7f7f7f7fL;

  private static final long[] MULTIPLIERS = new long[SKETCH];
  private static final long[] OFFSETS = new long[SKETCH];

  static {
    for (int f = 0; f < SKETCH; f++) {
      MULTIPLIERS[f] = mix(0x9e3779b97f4a7c15L * (2 * f + 1)) | 1;
      OFFSETS[f] = mix(0x9e3779b97f4a7c15L * (2 * f + 2));
    }
  }

  /** The shingles' hashes; null for a restored fingerprint, empty for a text without words. */
  private final long[] shingles;
  private final List<String> facts;
  /**
   * The facts' hashes, sorted: what {@link #isCopyOf} compares, since on templated text it runs
   * for every look-alike of a paragraph, and string comparisons of names sharing their first
   * letters were a tenth of the cross-article task's work (docs/performance.md, session 13).
   */
  private final long[] factHashes;
  /** Computed on first use: a duplicate found on the first band never needs its sketch. */
  private byte[] sketch;

  private TextFingerprint(long[] shingles, byte[] sketch, List<String> facts) {
    this.shingles = shingles;
    this.sketch = sketch;
    this.facts = facts;
    this.factHashes = facts.stream().mapToLong(TextFingerprint::hash).sorted().toArray();
  }

  /** The fingerprint of a paragraph's raw text, with no entity names. */
  public static TextFingerprint of(String text) {
    return of(text, List.of());
  }

  /** The fingerprint of a paragraph's raw text and the canonical names of its entities. */
  public static TextFingerprint of(String text, Collection<String> names) {
    String folded = fold(text);
    List<String> facts = figures(folded);
    names.stream().map(name -> "@" + name.toLowerCase(Locale.ROOT)).distinct().forEach(facts::add);
    return new TextFingerprint(shingles(wordsOf(folded)), null, facts.stream().sorted().toList());
  }

  /** The fingerprint of an enriched paragraph: its text and its entities' canonical names. */
  public static TextFingerprint of(EnrichedParagraph paragraph) {
    return of(paragraph.getParagraph().getText(),
        paragraph.getEntities().stream().map(Entity::getCanonical).toList());
  }

  /**
   * A fingerprint kept in a store, for comparing with: it has no band keys. An empty sketch (a
   * record written before sketches existed) is a copy of nothing.
   */
  public static TextFingerprint restore(byte[] sketch, List<String> facts) {
    return new TextFingerprint(null, sketch.clone(), facts.stream().sorted().toList());
  }

  /** Lower-case words separated by single spaces; punctuation and marks removed. */
  public static String normalise(String text) {
    return wordsOf(fold(text));
  }

  /**
   * Whether the text has a letter or a digit. A paragraph without (a dash, "* * *") states
   * nothing, and all such paragraphs would have the same sketch: none is a copy of another.
   */
  public boolean hasWords() {
    return shingles == null || shingles.length > 0;
  }

  /** The sketch, for storing. */
  public byte[] sketch() {
    return sketchBytes().clone();
  }

  private byte[] sketchBytes() {
    if (sketch == null) {
      sketch = new byte[SKETCH];
      for (int f = 0; f < SKETCH; f++) {
        sketch[f] = (byte) minHash(f);
      }
    }
    return sketch;
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
    if (shingles == null) {
      throw new IllegalStateException("a restored fingerprint has no band keys");
    }
    StringBuilder key = new StringBuilder().append(index).append(':');
    for (int row = 0; row < ROWS; row++) {
      key.append(row == 0 ? "" : ".").append(Long.toHexString(minHash(index * ROWS + row) >>> 31));
    }
    return key.toString();
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]. */
  public double similarity(TextFingerprint other) {
    byte[] mine = sketchBytes();
    byte[] theirs = other.sketchBytes();
    if (mine.length != SKETCH || theirs.length != SKETCH) {
      return 0;
    }
    double agreeing = equalBytes(mine, theirs) / (double) SKETCH;
    return Math.max(0, (agreeing - CHANCE) / (1 - CHANCE));
  }

  /**
   * How many of the {@link #SKETCH} bytes the two sketches share, eight at a time: a byte of the
   * xor is zero where they agree, and the bit trick marks each zero byte's top bit without carries
   * between bytes. A look-alike is compared with every paragraph of its template (docs/performance.md,
   * session 13), so this loop runs tens of times a paragraph.
   */
  static int equalBytes(byte[] a, byte[] b) {
    int same = 0;
    for (int i = 0; i < SKETCH; i += Long.BYTES) {
      long x = (long) LONGS.get(a, i) ^ (long) LONGS.get(b, i);
      long nonZeroLow = (x & LOW_SEVEN) + LOW_SEVEN;
      same += Long.bitCount(~(nonZeroLow | x | LOW_SEVEN));
    }
    return same;
  }

  /**
   * Whether this text is a copy of the earlier {@code original}: similar enough, and stating every
   * fact the original states.
   */
  public boolean isCopyOf(TextFingerprint original) {
    return hasWords() && similarity(original) >= MIN_SIMILARITY && statesAll(original.factHashes);
  }

  /**
   * Multiset containment of the sorted fact hashes: "2 goals to 1" does not state "1 to 1" twice.
   * Two different facts share a 64-bit hash once in 2^64 pairs, a risk far below the sketch's own.
   */
  private boolean statesAll(long[] theirs) {
    int i = 0;
    for (long fact : theirs) {
      while (i < factHashes.length && factHashes[i] < fact) {
        i++;
      }
      if (i == factHashes.length || factHashes[i] != fact) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /**
   * Runs of anything but letters and numbers ({@code [^\p{L}\p{N}]+}) as one space, none at
   * the ends; by hand, as the regex replacement was a third of fingerprinting (docs/performance.md,
   * session 13).
   */
  static String wordsOf(String folded) {
    StringBuilder words = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (isWordCharacter(c)) {
        if (gap && words.length() > 0) {
          words.append(' ');
        }
        words.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return words.toString();
  }

  /** What {@code \p{L}} or {@code \p{N}} matches: a letter, or a number of any kind. */
  private static boolean isWordCharacter(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static long[] shingles(String normalised) {
    if (normalised.isEmpty()) {
      return new long[0];
    }
    String[] words = normalised.split(" ");
    if (words.length < SHINGLE) {
      return new long[] {hash(normalised)};
    }
    long[] wordHashes = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      wordHashes[i] = hash(words[i]);
    }
    // From the words' hashes rather than joined strings: this runs once per duplicate-search hop.
    long[] shingles = new long[words.length - 1];
    for (int i = 0; i + 1 < words.length; i++) {
      shingles[i] = mix(wordHashes[i] * 0x9e3779b97f4a7c15L + wordHashes[i + 1]);
    }
    return shingles;
  }

  /** The minimum of hash function {@code f} over the shingles. */
  private long minHash(int f) {
    // The shingle hashes are already well mixed, so a multiply-add per hash function (odd
    // multiplier: a permutation of the 64-bit values) is enough.
    long multiplier = MULTIPLIERS[f];
    long offset = OFFSETS[f];
    long min = Long.MAX_VALUE;
    for (long shingle : shingles) {
      min = Long.min(min, (shingle * multiplier + offset) >>> 1);
    }
    return min;
  }

  private static List<String> figures(String folded) {
    List<String> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(folded);
    while (m.find()) {
      figures.add(m.group().replace(",", ""));
    }
    return figures;
  }

  /** FNV-1a over the characters, then {@link #mix}, so similar words get unrelated hashes. */
  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
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
