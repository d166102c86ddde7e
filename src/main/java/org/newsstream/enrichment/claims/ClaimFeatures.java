package org.newsstream.enrichment.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsstream.schema.ClaimFlag;

/**
 * The sparse binary features of a sentence for the check-worthiness model: lower-cased word
 * unigrams and bigrams (any word with a digit becomes {@code <num>}), the claim flags, a length
 * bucket, and whether a capitalised word appears after the first. Pure.
 */
public final class ClaimFeatures {
  private ClaimFeatures() {}

  /** Distinct feature names of {@code sentence}, in a stable order. */
  public static List<String> of(String sentence, Set<ClaimFlag> flags) {
    List<String> words = words(sentence);
    Set<String> features = new LinkedHashSet<>();
    String previous = "<s>";
    for (String word : words) {
      features.add("w:" + word);
      features.add("b:" + previous + " " + word);
      previous = word;
    }
    features.add("b:" + previous + " </s>");
    for (ClaimFlag flag : flags) {
      features.add("f:" + flag);
    }
    features.add("len:" + Math.min(words.size() / 5, 8));
    if (hasInnerCapital(sentence)) {
      features.add("cap");
    }
    return new ArrayList<>(features);
  }

  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean digit = false;
    for (int i = 0; i <= sentence.length(); i++) {
      char c = i < sentence.length() ? sentence.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || (c == '\'' || c == '’') && word.length() > 0) {
        word.append(c == '’' ? '\'' : Character.toLowerCase(c));
        digit |= Character.isDigit(c);
      } else if (word.length() > 0) {
        words.add(digit ? "<num>" : word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
        digit = false;
      }
    }
    return words;
  }

  private static boolean hasInnerCapital(String sentence) {
    boolean first = true;
    boolean atWordStart = true;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (Character.isLetter(c)) {
        if (atWordStart && !first && Character.isUpperCase(c)) {
          return true;
        }
        if (atWordStart) {
          first = false;
        }
        atWordStart = false;
      } else {
        atWordStart = Character.isWhitespace(c) || c == '"' || c == '“' || c == '(';
      }
    }
    return false;
  }
}
