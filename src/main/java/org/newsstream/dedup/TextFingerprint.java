package org.newsstream.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fingerprints of paragraph text for finding syndicated copies. Pure and thread-safe.
 *
 * <p>{@link #normalise} folds case, Unicode compatibility forms, punctuation and whitespace, so
 * copies that differ only in typography are equal. {@link #simHash} is a 64-bit SimHash over
 * word 2-shingles of the normalised text: near-identical texts get fingerprints a few bits
 * apart. Two fingerprints within {@link #MAX_DISTANCE} bits agree exactly on at least one of the
 * {@link #BANDS} 16-bit bands (pigeonhole), which is what lets copies meet on one partition.
 */
public final class TextFingerprint {
  /** Fingerprints at most this many bits apart are near-duplicates. */
  public static final int MAX_DISTANCE = 3;
  /** One more band than the distance: a fingerprint within the distance shares at least one. */
  public static final int BANDS = MAX_DISTANCE + 1;
  private static final int BAND_BITS = Long.SIZE / BANDS;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextFingerprint() {}

  /** Lower-case words separated by single spaces; punctuation and marks removed. */
  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /** The SimHash of already {@linkplain #normalise normalised} text. */
  public static long simHash(String normalised) {
    String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
    int[] votes = new int[Long.SIZE];
    if (words.length < 2) {
      vote(votes, hash(normalised));
    }
    for (int i = 0; i + 1 < words.length; i++) {
      vote(votes, hash(words[i] + ' ' + words[i + 1]));
    }
    long fingerprint = 0;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** Band {@code index} (0 to {@link #BANDS} - 1) of a fingerprint, as a partition key. */
  public static String bandKey(long fingerprint, int index) {
    long band = (fingerprint >>> (index * BAND_BITS)) & ((1L << BAND_BITS) - 1);
    return index + ":" + Long.toHexString(band);
  }

  private static void vote(int[] votes, long hash) {
    for (int bit = 0; bit < Long.SIZE; bit++) {
      votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
    }
  }

  /** FNV-1a then a SplitMix64 finaliser, so similar shingles get unrelated bits. */
  private static long hash(String shingle) {
    long h = 0xcbf29ce484222325L;
    for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
