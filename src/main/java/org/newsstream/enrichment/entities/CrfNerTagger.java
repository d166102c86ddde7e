package org.newsstream.enrichment.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.newsstream.enrichment.text.Token;

/**
 * CoreNLP's CRF NER tagger with a model read from the classpath (the CoreNLP models jar), never
 * from the network.
 *
 * <p>One instance is shared by all stream threads: {@code CRFClassifier.classifySentence} keeps
 * no per-call state in the classifier (its only shared mutable field, the known-lowercase-words set,
 * is a concurrent set), which is also how CoreNLP's own multi-threaded NER annotator uses it.
 * {@code CrfNerTaggerTest.sharedAcrossThreadsItTagsExactlyAsOnOneThread} checks that parallel and
 * sequential results agree.
 */
public final class CrfNerTagger implements NerTagger {
  /** The CoNLL-2003 4-class model (PERSON, ORGANIZATION, LOCATION, MISC) with distsim features. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final int MAX_WORD = 64;

  private final CRFClassifier<CoreLabel> classifier;

  private CrfNerTagger(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** Loads a serialized CRF model from the classpath; takes seconds, do it once per process. */
  public static CrfNerTagger load(String resource) {
    try {
      return new CrfNerTagger(CRFClassifier.getClassifier(resource));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load NER model " + resource, e);
    }
  }

  @Override
  public List<String> tag(List<Token> tokens) {
    List<CoreLabel> input = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      // The model builds character n-gram features of every word: a 60,000-character "word"
      // exhausts the heap, and no name is that long.
      String word = token.word().length() > MAX_WORD ? token.word().substring(0, MAX_WORD) : token.word();
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      input.add(label);
    }
    // classifySentence, not classify: it first derives the word-shape and other token features
    // the model was trained with; classify alone silently tags most names O.
    List<CoreLabel> output = classifier.classifySentence(input);
    List<String> labels = new ArrayList<>(output.size());
    for (CoreLabel label : output) {
      String answer = label.get(CoreAnnotations.AnswerAnnotation.class);
      labels.add(answer == null ? "O" : answer);
    }
    return labels;
  }
}
