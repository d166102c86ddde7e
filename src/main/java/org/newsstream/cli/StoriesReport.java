package org.newsstream.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.evaluation.StoryData;
import org.newsstream.evaluation.StoryEvaluator;
import org.newsstream.evaluation.StoryVariants;
import org.newsstream.stories.StorySettings;

/**
 * {@code eval stories}: the UCI headlines enriched, assigned to stories in publication order and
 * scored with B-cubed, the shipped settings first, then the designs docs/quality.md compares.
 */
final class StoriesReport {
  private StoriesReport() {}

  static void print(PrintWriter out, Path file, DefaultParagraphEnricher enricher)
      throws java.io.IOException {
    List<StoryData.Headline> headlines;
    try {
      headlines = StoryData.read(file);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    Console.progress("enriching " + headlines.size() + " headlines");
    List<StoryEvaluator.Enriched> enriched = StoryEvaluator.enrich(enricher, headlines,
        done -> Console.progress("enriched " + done + " of " + headlines.size() + " headlines"));
    StorySettings shipped = StorySettings.defaults();
    StoryEvaluator.cluster(enriched, shipped); // warm-up, so the timing is not of class loading
    // The median of three runs: the machine is shared, and one run's time is noise.
    List<StoryEvaluator.Report> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(StoryEvaluator.cluster(enriched, shipped));
    }
    runs.sort(java.util.Comparator.comparingDouble(StoryEvaluator.Report::nanosPerArticle));
    StoryEvaluator.Report report = runs.get(1);
    double enrichNanos = StoryEvaluator.enrichNanosPerArticle(enriched);
    out.printf(Locale.ROOT, "stories UCI News Aggregator dev, %d headlines, %d true stories:%n",
        report.headlines(), report.trueStories());
    out.printf(Locale.ROOT, "    story given on arrival:  B-cubed F1 %.4f  P %.4f  R %.4f; %d "
            + "stories%n", report.score().f1(), report.score().precision(),
        report.score().recall(), report.made());
    out.printf(Locale.ROOT, "    story after merges:      B-cubed F1 %.4f  P %.4f  R %.4f; %d "
            + "stories%n", report.merged().f1(), report.merged().precision(),
        report.merged().recall(), report.madeAfterMerges());
    out.printf(Locale.ROOT, "stories time per article: clustering %.1f µs, enrichment %.2f ms "
            + "(clustering %.1f %% of enrichment); at most %d stories compared in full%n",
        report.nanosPerArticle() / 1e3, enrichNanos / 1e6,
        100 * report.nanosPerArticle() / enrichNanos, report.maxCompared());
    out.println("stories designs compared (same enriched headlines; B-cubed on arrival | after "
        + "merges):");
    for (Map.Entry<String, StorySettings> variant : StoryVariants.compared().entrySet()) {
      StoryEvaluator.Report r = StoryEvaluator.cluster(enriched, variant.getValue());
      out.printf(Locale.ROOT, "    %-56s F1 %.4f P %.4f R %.4f %4d | F1 %.4f P %.4f R %.4f "
              + "%4d  %6.1f µs%n", variant.getKey(), r.score().f1(), r.score().precision(),
          r.score().recall(), r.made(), r.merged().f1(), r.merged().precision(),
          r.merged().recall(), r.madeAfterMerges(), r.nanosPerArticle() / 1e3);
    }
  }

}
