package org.newsstream.stories;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content words of a text, lower-cased and stemmed, with their counts: what a text says, for
 * comparing it with others. Function words go (they say nothing about the event); which of the
 * remaining words matter is left to their document frequency in the stream, not to a list.
 */
final class ContentWords {
  /** English function words: articles, pronouns, auxiliaries, prepositions, conjunctions. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "of",
      "at", "by", "for", "from", "in", "into", "on", "onto", "to", "with", "without", "within",
      "about", "above", "after", "against", "along", "among", "around", "before", "behind",
      "below", "beneath", "beside", "between", "beyond", "during", "except", "inside", "near",
      "off", "out", "outside", "over", "past", "since", "through", "throughout", "till", "toward",
      "towards", "under", "until", "up", "upon", "via", "down", "is", "am", "are", "was", "were",
      "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "doing", "will",
      "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "this",
      "that", "these", "those", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
      "theirs", "we", "us", "our", "ours", "you", "your", "yours", "me", "my", "mine", "who",
      "whom", "whose", "which", "what", "when", "where", "why", "how", "not", "no", "all", "any",
      "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same",
      "too", "very", "just", "also", "there", "here", "now", "again", "once", "itself",
      "himself", "herself", "themselves", "ourselves", "yourself", "because", "while", "whether",
      "though", "although", "s", "t", "re", "ve", "ll", "d", "m");

  private ContentWords() {}

  /** Stem → occurrences, in stem order (so that iteration, and all that follows, is deterministic). */
  static Map<String, Integer> of(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      int start = i;
      while (i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i))) {
        i += Character.charCount(lower.codePointAt(i));
      }
      if (i > start) {
        String word = lower.substring(start, i);
        if (word.length() >= 2 && !FUNCTION_WORDS.contains(word)) {
          counts.merge(Stemmer.stem(word), 1, Integer::sum);
        }
      } else {
        i += Character.charCount(lower.codePointAt(i));
      }
    }
    return counts;
  }
}
