package org.newsstream.enrichment.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dense features of a sentence from pre-trained word vectors: the mean of its words' vectors and,
 * optionally, their element-wise maximum. Unlike word n-grams these give similar sentences
 * similar features even when no word is shared, which is what should carry over from older
 * debates to newer ones. Unknown words are skipped; a sentence with none known gets zeros.
 * Immutable and thread-safe.
 */
public final class SentenceEmbedding {
  private final WordVectors vectors;
  private final boolean withMax;

  /** @param withMax whether the element-wise maximum follows the mean */
  public SentenceEmbedding(WordVectors vectors, boolean withMax) {
    this.vectors = vectors;
    this.withMax = withMax;
  }

  /** Whether the element-wise maximum is included. */
  public boolean withMax() {
    return withMax;
  }

  /** How many numbers {@link #of} returns. */
  public int size() {
    return vectors.dimensions() * (withMax ? 2 : 1);
  }

  /** The dense features of {@code sentence}: mean, then (if enabled) maximum. */
  public double[] of(String sentence) {
    int d = vectors.dimensions();
    double[] out = new double[size()];
    if (withMax) {
      Arrays.fill(out, d, 2 * d, Double.NEGATIVE_INFINITY);
    }
    int known = 0;
    for (String token : tokens(sentence)) {
      float[] v = vectors.vector(token);
      if (v == null) {
        continue;
      }
      known++;
      for (int i = 0; i < d; i++) {
        out[i] += v[i];
        if (withMax) {
          out[d + i] = Math.max(out[d + i], v[i]);
        }
      }
    }
    for (int i = 0; i < d; i++) {
      out[i] = known == 0 ? 0 : out[i] / known;
      if (withMax && known == 0) {
        out[d + i] = 0;
      }
    }
    return out;
  }

  /**
   * The sentence's words in the vectors' conventions: lower case, every digit written {@code 0},
   * and PTB contractions split off ("don't" → "do", "n't"; "it's" → "it", "'s").
   */
  static List<String> tokens(String sentence) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= sentence.length(); i++) {
      char c = i < sentence.length() ? sentence.charAt(i) : ' ';
      if (Character.isLetter(c) || (c == '\'' || c == '’') && word.length() > 0) {
        word.append(c == '’' ? '\'' : c);
      } else if (Character.isDigit(c)) {
        word.append('0');
      } else if ((c == '.' || c == ',') && endsWithDigit(word)
          && i + 1 < sentence.length() && Character.isDigit(sentence.charAt(i + 1))) {
        // "1,500" and "2.5" are single tokens ("0,000", "0.0") in the vectors' vocabulary.
        word.append(c);
      } else if (word.length() > 0) {
        addSplit(word.toString().toLowerCase(Locale.ROOT), tokens);
        word.setLength(0);
      }
    }
    return tokens;
  }

  private static boolean endsWithDigit(StringBuilder word) {
    return word.length() > 0 && word.charAt(word.length() - 1) == '0';
  }

  private static void addSplit(String word, List<String> tokens) {
    if (word.endsWith("n't") && word.length() > 3) {
      tokens.add(word.substring(0, word.length() - 3));
      tokens.add("n't");
      return;
    }
    int apostrophe = word.indexOf('\'');
    if (apostrophe > 0 && apostrophe < word.length() - 1) {
      tokens.add(word.substring(0, apostrophe));
      tokens.add(word.substring(apostrophe));
      return;
    }
    tokens.add(apostrophe == word.length() - 1 ? word.substring(0, apostrophe) : word);
  }
}
