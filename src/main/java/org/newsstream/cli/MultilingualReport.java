package org.newsstream.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.enrichment.EnricherSettings;
import org.newsstream.enrichment.entities.OtherLanguageNer;
import org.newsstream.evaluation.OtherLanguageNerEvaluator;

/**
 * {@code eval multilingual}: each other-language model's load time and heap, then entities in
 * the bundled German, Spanish and French sentences, scored by language and type.
 */
final class MultilingualReport {
  private MultilingualReport() {}

  static void print(PrintWriter out) {
    OtherLanguageNer models = OtherLanguageNer.fromClasspath();
    for (String language : new TreeSet<>(OtherLanguageNer.CORENLP_MODELS.keySet())) {
      if (!models.languages().contains(language)) {
        out.printf(Locale.ROOT, "multilingual %s: no model on the classpath (%s); its "
            + "paragraphs get no entities%n", language, OtherLanguageNer.CORENLP_MODELS.get(language));
        continue;
      }
      long heapBefore = heapAfterGc();
      long started = System.nanoTime();
      models.tagger(language);
      long loadMillis = (System.nanoTime() - started) / 1_000_000;
      out.printf(Locale.ROOT, "multilingual %s: model loaded in %.1f s, heap +%d MB after GC%n",
          language, loadMillis / 1e3, (heapAfterGc() - heapBefore) >> 20);
    }
    DefaultParagraphEnricher enricher = DefaultParagraphEnricher.load(EnricherSettings.defaults(), models);
    List<OtherLanguageNerEvaluator.Labelled> sentences = OtherLanguageNerEvaluator.bundled();
    OtherLanguageNerEvaluator.evaluate(enricher, sentences); // warm-up: the time is steady state
    OtherLanguageNerEvaluator.Report report = OtherLanguageNerEvaluator.evaluate(enricher, sentences);
    report.byLanguage().forEach((language, c) -> {
      out.printf(Locale.ROOT, "multilingual %s, %d sentences, %d labelled entities: P %.1f  "
              + "R %.1f  F1 %.1f  (detected as another language: %d; %.2f ms per sentence)%n",
          language, report.sentences().get(language), c.tp() + c.fn(), 100 * c.precision(),
          100 * c.recall(), 100 * c.f1(), report.detectedAs().getOrDefault(language, 0),
          report.millisPerSentence().get(language));
      report.byType().get(language).forEach((type, t) -> out.printf(Locale.ROOT,
          "    %-12s P %.1f  R %.1f  F1 %.1f%n", type, 100 * t.precision(), 100 * t.recall(),
          100 * t.f1()));
    });
    for (OtherLanguageNerEvaluator.Mistake m : report.mistakes()) {
      String text = m.sentence().text();
      out.printf(Locale.ROOT, "    %s (taken for %s) missed %s, invented %s: %s%n",
          m.sentence().language(), m.detected(), spans(text, m.missed()),
          spans(text, m.invented()), text);
    }
  }

  private static List<String> spans(String text, List<OtherLanguageNerEvaluator.Span> spans) {
    return spans.stream()
        .map(s -> s.type() + " \"" + text.substring(s.start(), s.end()) + "\"").toList();
  }

  private static long heapAfterGc() {
    java.lang.management.ManagementFactory.getMemoryMXBean().gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

}
