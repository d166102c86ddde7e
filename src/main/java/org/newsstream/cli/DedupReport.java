package org.newsstream.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsstream.evaluation.ConllDocuments;
import org.newsstream.evaluation.DedupEvaluator;
import org.newsstream.evaluation.SentimentData;

/**
 * {@code eval dedup}: how many edited copies duplicate marking finds, and how many different
 * paragraphs it takes for copies, on NYT snippets and CoNLL-2003 sentences, against the SimHash
 * it replaced.
 */
final class DedupReport {
  private DedupReport() {}

  static void print(PrintWriter out, Path nyt, Path conll) throws java.io.IOException {
    List<SentimentData.Rated> snippets = SentimentData.readNyt(nyt);
    print(out, "NYT snippets two at a time, no names", DedupEvaluator.evaluate(
        SentimentData.snippetPairs(snippets, snippets.size() / 2).stream()
            .map(text -> new DedupEvaluator.Item(text, List.of())).toList(), 42));
    print(out, "CoNLL-2003 test sentences two at a time, gold names",
        DedupEvaluator.evaluate(ConllDocuments.sentencePairs(ConllDocuments.read(conll)), 42));
  }

  private static void print(PrintWriter out, String title, DedupEvaluator.Report report) {
    out.printf(Locale.ROOT, "dedup %d paragraphs (%s); edited copies found, MinHash / "
        + "previous SimHash:%n", report.paragraphs(), title);
    for (DedupEvaluator.Reach r : report.reach()) {
      out.printf(Locale.ROOT, "    %-38s %5d copies  %5.1f%% / %5.1f%%%s%n", r.edit(), r.copies(),
          100 * r.found(), 100 * r.baselineFound(), r.stillACopy() ? "" : "  (lower is right)");
    }
    out.printf(Locale.ROOT, "    different paragraphs taken for copies: %d / %d of %,d pairs "
            + "(%d pairs have identical text)%n", report.falseCopies(),
        report.baselineFalseCopies(), report.pairs(), report.identicalPairs());
  }
}
