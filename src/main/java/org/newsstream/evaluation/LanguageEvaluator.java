package org.newsstream.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.BundledText;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.language.LanguageIdentifier;

/**
 * Scores paragraph language identification on labelled paragraphs, and counts the entities the
 * full enricher still produces on the non-English ones (the bar is zero: English models must not
 * run on them). The non-English paragraphs are bundled ({@value #BUNDLED}); the English ones are
 * read from the shared data by the caller.
 */
public final class LanguageEvaluator {
  public static final String BUNDLED = "/org/newsstream/evaluation/language-paragraphs.tsv";

  private LanguageEvaluator() {}

  /** A paragraph and its language, ISO 639-1. */
  public record Labelled(String language, String text) {}

  /** One paragraph identified wrongly. */
  public record Miss(Labelled paragraph, String detected) {}

  /**
   * @param byLanguage per language: paragraphs and correctly identified ones
   * @param entitiesOnNonEnglish entities the English models produced on non-English paragraphs
   *     (those taken for English); a language's own NER model's entities are not counted
   */
  public record Report(int paragraphs, int correct, Map<String, int[]> byLanguage,
      List<Miss> misses, int entitiesOnNonEnglish, double millisPerParagraph) {
    public double accuracy() {
      return paragraphs == 0 ? 0 : (double) correct / paragraphs;
    }
  }

  public static List<Labelled> bundled() {
    List<Labelled> out = new ArrayList<>();
    for (String line : BundledText.records(BUNDLED)) {
      int tab = line.indexOf('\t');
      out.add(new Labelled(line.substring(0, tab), line.substring(tab + 1)));
    }
    return out;
  }

  public static Report evaluate(LanguageIdentifier identifier, ParagraphEnricher enricher,
      List<Labelled> paragraphs) {
    // Lingua loads a language's models the first time it needs them: warm up so the time per
    // paragraph is the steady-state cost, not the loading.
    paragraphs.forEach(p -> identifier.languageOf(p.text()));
    int correct = 0;
    int entities = 0;
    long nanos = 0;
    Map<String, int[]> byLanguage = new TreeMap<>();
    List<Miss> misses = new ArrayList<>();
    for (Labelled p : paragraphs) {
      long started = System.nanoTime();
      String detected = identifier.languageOf(p.text());
      nanos += System.nanoTime() - started;
      int[] counts = byLanguage.computeIfAbsent(p.language(), k -> new int[2]);
      counts[0]++;
      if (detected.equals(p.language())) {
        correct++;
        counts[1]++;
      } else {
        misses.add(new Miss(p, detected));
      }
      if (!p.language().equals("en")) {
        // Only what the English models made counts: a German model's entities on German text
        // are the point of having it.
        Annotation annotation = enricher.annotate(p.text(), ArticleMemory.empty());
        if (annotation.language().equals("en")) {
          entities += annotation.entities().size();
        }
      }
    }
    return new Report(paragraphs.size(), correct, byLanguage, misses, entities,
        paragraphs.isEmpty() ? 0 : nanos / 1e6 / paragraphs.size());
  }
}
