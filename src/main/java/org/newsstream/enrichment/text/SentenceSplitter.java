package org.newsstream.enrichment.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences of tokens with character offsets, using CoreNLP's PTB
 * tokenizer and sentence splitter. Sentences longer than {@code maxTokens} are cut into pieces, so
 * that a run-on "sentence" (a 60 KB list, 5,000 commas) never reaches the models in one piece.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {
  /*
   * Hyphenated words stay whole ("Kim Jong-Un", "60-year-old") because CoNLL-trained models saw
   * them whole; quotes and brackets are left as written so offsets and words agree.
   */
  private static final String OPTIONS =
      "invertible=false,ptb3Escaping=false,splitHyphenated=false,splitAssimilations=false,"
          + "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false";

  /*
   * The PTB lexer is quadratic on long runs without whitespace ("a,a,a,…": 40,000 characters
   * take 37 s), so such runs bypass it.
   */
  private static final int MAX_RUN = 64;

  private final int maxTokens;

  /** @param maxTokens the longest piece handed on; longer sentences are cut at this length */
  public SentenceSplitter(int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  /** Sentences of {@code text}, each at most {@code maxTokens} tokens long. */
  public List<Sentence> split(String text) {
    List<CoreLabel> labels = new ArrayList<>();
    int done = 0;
    for (int[] run : LongRuns.find(text, MAX_RUN)) {
      tokenize(text, done, run[0], labels);
      LongRuns.tokenize(text, run[0], run[1], MAX_RUN, labels);
      done = run[1];
    }
    tokenize(text, done, text.length(), labels);
    List<Sentence> sentences = new ArrayList<>();
    List<List<CoreLabel>> split = new WordToSentenceProcessor<CoreLabel>().process(labels);
    for (List<CoreLabel> sentence : glueLetterless(split)) {
      for (int from = 0; from < sentence.size(); from += maxTokens) {
        List<CoreLabel> piece = sentence.subList(from, Math.min(sentence.size(), from + maxTokens));
        sentences.add(toSentence(piece));
      }
    }
    return sentences;
  }

  /** PTB tokens of {@code text[from, to)} with offsets into the whole text. */
  private static void tokenize(String text, int from, int to, List<CoreLabel> labels) {
    if (from >= to) {
      return;
    }
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(
        new StringReader(text.substring(from, to)), new CoreLabelTokenFactory(), OPTIONS);
    while (tokenizer.hasNext()) {
      CoreLabel label = tokenizer.next();
      label.setBeginPosition(label.beginPosition() + from);
      label.setEndPosition(label.endPosition() + from);
      labels.add(label);
    }
  }

  /**
   * A "sentence" without a single letter ("1." of a numbered list, a stray closing quote) is not
   * one: it joins the next sentence, or the previous one at the end, so names keep their context.
   */
  private static List<List<CoreLabel>> glueLetterless(List<List<CoreLabel>> sentences) {
    List<List<CoreLabel>> glued = new ArrayList<>();
    List<CoreLabel> pending = new ArrayList<>();
    for (List<CoreLabel> sentence : sentences) {
      pending.addAll(sentence);
      if (hasLetter(sentence)) {
        glued.add(pending);
        pending = new ArrayList<>();
      }
    }
    if (!pending.isEmpty()) {
      if (glued.isEmpty()) {
        glued.add(pending);
      } else {
        glued.get(glued.size() - 1).addAll(pending);
      }
    }
    return glued;
  }

  private static boolean hasLetter(List<CoreLabel> sentence) {
    for (CoreLabel label : sentence) {
      String word = label.word();
      for (int i = 0; i < word.length(); i++) {
        if (Character.isLetter(word.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Sentence toSentence(List<CoreLabel> piece) {
    List<Token> tokens = new ArrayList<>(piece.size());
    for (CoreLabel label : piece) {
      tokens.add(new Token(label.word(), label.beginPosition(), label.endPosition()));
    }
    return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
  }
}
