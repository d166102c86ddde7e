package org.newsstream.enrichment.text;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of text without whitespace that are too long for the PTB lexer, and a plain linear
 * tokenizer for them: letters and digits form words of at most {@code maxLength} characters,
 * every other character is a token of its own. Pure.
 */
final class LongRuns {
  private LongRuns() {}

  /** [start, end) of every whitespace-free run longer than {@code maxLength}, in order. */
  static List<int[]> find(String text, int maxLength) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (i - start > maxLength) {
          runs.add(new int[] {start, i});
        }
        start = -1;
      }
    }
    return runs;
  }

  /** Appends the tokens of {@code text[from, to)}. */
  static void tokenize(String text, int from, int to, int maxLength, List<CoreLabel> labels) {
    int i = from;
    while (i < to) {
      int end = i + 1;
      if (Character.isLetterOrDigit(text.charAt(i))) {
        while (end < to && end - i < maxLength && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
      }
      CoreLabel label = new CoreLabel();
      String word = text.substring(i, end);
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      label.setBeginPosition(i);
      label.setEndPosition(end);
      labels.add(label);
      i = end;
    }
  }
}
