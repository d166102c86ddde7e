package org.newsstream.enrichment;

import java.util.List;
import java.util.OptionalDouble;
import org.newsstream.enrichment.text.Sentence;

/**
 * What a paragraph's text says whatever article it belongs to: its language, its sentences, the
 * named-entity labels and sentiment score of each. That is nearly all of the NLP's cost (the
 * labels alone about 80 %), and since it needs no article memory it can be worked out ahead of
 * the paragraph's turn, on another thread; {@link ParagraphEnricher#annotate(String,
 * ArticleMemory, TextAnalysis)} then does only the article-dependent part.
 *
 * @param text the paragraph the analysis is of; an analysis of another text is not used
 * @param language the detected language
 * @param sentences the sentences (empty unless English)
 * @param labels labels of the first {@code labels.size()} sentences: fewer than the sentences
 *     when the time budget ran out, and the rest are labelled when the paragraph is annotated
 * @param sentiment scores of the first {@code sentiment.size()} sentences, empty for a sentence
 *     too long to score; as for the labels, the rest are scored later
 */
public record TextAnalysis(String text, String language, List<Sentence> sentences,
    List<List<String>> labels, List<OptionalDouble> sentiment) {

  public TextAnalysis {
    sentences = List.copyOf(sentences);
    labels = List.copyOf(labels);
    sentiment = List.copyOf(sentiment);
    if (labels.size() > sentences.size() || sentiment.size() > sentences.size()) {
      throw new IllegalArgumentException("more labels or scores than sentences");
    }
  }

  /** An analysis of this text, no other. */
  public boolean of(String paragraph) {
    return text.equals(paragraph);
  }
}
