package org.newsstream.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.enrichment.EnricherSettings;
import org.newsstream.enrichment.entities.CrfNerTagger;
import org.newsstream.enrichment.text.SentenceSplitter;
import org.newsstream.evaluation.CheckThatData;
import org.newsstream.evaluation.ClaimsEvaluator;
import org.newsstream.evaluation.ConllDocuments;
import org.newsstream.evaluation.Counts;
import org.newsstream.evaluation.LinkingEvaluator;
import org.newsstream.evaluation.LanguageEvaluator;
import org.newsstream.enrichment.linking.EntityLinker;
import org.newsstream.enrichment.linking.LinkIndex;
import org.newsstream.enrichment.linking.LinkIndexFiles;
import org.newsstream.evaluation.NerEvaluator;
import org.newsstream.evaluation.SentimentData;
import org.newsstream.evaluation.SentimentEvaluator;
import org.newsstream.evaluation.SpeedEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Measures enrichment quality and speed on the shared evaluation data, through the same
 * {@link DefaultParagraphEnricher} the stream uses, and prints the figures.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure enrichment quality (ner, sentiment, claims), speed, duplicate "
        + "marking (dedup), entity linking (linking), language identification (language) and "
        + "story clustering (stories) on ../shared/data, and entities in German, Spanish and "
        + "French (multilingual, on bundled sentences).",
    footer = {"", "stories: enriches the 2,413 UCI News Aggregator headlines of "
        + "stories/uci_news_aggregator_dev.tsv (about a minute), assigns them to stories in "
        + "publication order and prints B-cubed precision, recall and F1, stories made against "
        + "true stories, and the time per article of clustering against enrichment; then the "
        + "same for the designs compared in docs/quality.md, on the same enriched headlines."})
public final class EvalCommand implements Callable<Integer> {
  /** What to measure. */
  enum Task { ner, sentiment, claims, speed, dedup, linking, language, stories, multilingual, all }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", defaultValue = "all",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Task task;

  @Option(names = "--data", defaultValue = DataDirectory.DEFAULT,
      description = "Shared data directory (default: ${DEFAULT-VALUE}, relative to the working "
          + "directory).")
  private Path data;

  @Option(names = "--conll-split", defaultValue = "test",
      description = "CoNLL-2003 split for ner: train, dev or test (default: ${DEFAULT-VALUE}).")
  private String conllSplit;

  @Option(names = "--speed-paragraphs", defaultValue = "2500",
      description = "Paragraphs timed by speed (default: ${DEFAULT-VALUE}).")
  private int speedParagraphs;

  private DefaultParagraphEnricher enricher;

  @Override
  public Integer call() throws Exception {
    List<Task> tasks = task == Task.all
        ? List.of(Task.ner, Task.sentiment, Task.claims, Task.speed, Task.dedup, Task.linking,
            Task.language, Task.stories, Task.multilingual)
        : List.of(task);
    for (Task t : tasks) {
      switch (t) {
        case ner -> ner();
        case sentiment -> sentiment();
        case claims -> claims();
        case speed -> speed();
        case dedup -> dedup();
        case linking -> linking();
        case language -> language();
        case stories -> stories();
        case multilingual -> MultilingualReport.print(out());
        default -> throw new IllegalStateException(t.name());
      }
    }
    return 0;
  }

  private DefaultParagraphEnricher enricher() {
    if (enricher == null) {
      enricher = DefaultParagraphEnricher.load();
    }
    return enricher;
  }

  private void ner() throws Exception {
    Path file = DataDirectory.require(spec, data, "conll2003/" + conllSplit + ".txt");
    List<ConllDocuments.Document> docs = ConllDocuments.read(file);
    // CoNLL-2003 annotates nationality words as MISC; the product turns them into their country
    // (LOCATION). The first figure follows the benchmark's convention, the second the product's.
    DefaultParagraphEnricher conll = DefaultParagraphEnricher.load(
        EnricherSettings.defaults().withDemonymsAsCountries(false));
    printNer("CoNLL convention (demonyms MISC)", NerEvaluator.evaluate(conll, docs));
    printNer("product convention (demonyms -> country LOCATION)",
        NerEvaluator.evaluate(enricher(), docs));
    printNer("CoNLL convention, no article memory", NerEvaluator.evaluate(conll, docs, false));
  }

  private void printNer(String title, NerEvaluator.Report report) {
    out().printf(Locale.ROOT, "ner %s %s: F1 %.2f  P %.2f  R %.2f  (%d sentences, %d tokens, "
            + "%.1f s, %d truncated)%n", conllSplit, title, 100 * report.overall().f1(),
        100 * report.overall().precision(), 100 * report.overall().recall(), report.sentences(),
        report.tokens(), report.seconds(), report.truncated());
    for (Map.Entry<String, Counts> e : report.byType().entrySet()) {
      out().printf(Locale.ROOT, "    %-4s F1 %.2f  P %.2f  R %.2f%n", e.getKey(),
          100 * e.getValue().f1(), 100 * e.getValue().precision(), 100 * e.getValue().recall());
    }
  }

  private void sentiment() throws Exception {
    Path nyt = DataDirectory.require(spec, data,
        "sentiment/vader_nyt_editorials/nytEditorialSnippets_GroundTruth.txt");
    Path fpb = DataDirectory.require(spec, data,
        "sentiment/financial_phrasebank/Sentences_AllAgree.txt");
    SentimentEvaluator.CorrelationReport r =
        SentimentEvaluator.correlate(enricher(), SentimentData.readNyt(nyt));
    out().printf(Locale.ROOT, "sentiment NYT editorial snippets: Pearson r %.4f (%d texts)%n",
        r.pearson(), r.texts());
    SentimentEvaluator.ClassReport c =
        SentimentEvaluator.classify(enricher(), SentimentData.readPhraseBank(fpb));
    out().printf(Locale.ROOT, "sentiment Financial PhraseBank AllAgree: macro-F1 %.4f, accuracy "
        + "%.4f (%d texts)%n", c.macroF1(), c.accuracy(), c.texts());
  }

  private void claims() throws Exception {
    for (String split : List.of("dev-test", "test_gold")) {
      Path file = DataDirectory.require(spec, data,
          "claims/checkthat2024_en/CT24_checkworthy_english_" + split + ".tsv");
      ClaimsEvaluator.Report report =
          ClaimsEvaluator.evaluate(enricher(), CheckThatData.read(file));
      out().printf(Locale.ROOT, "claims CheckThat! 2024 %s: F1(Yes) %.4f  P %.4f  R %.4f "
              + "(%d sentences)%n", split, report.yes().f1(), report.yes().precision(),
          report.yes().recall(), report.sentences());
    }
  }

  private void speed() throws Exception {
    Path nyt = DataDirectory.require(spec, data,
        "sentiment/vader_nyt_editorials/nytEditorialSnippets_GroundTruth.txt");
    List<String> paragraphs = SentimentData.snippetPairs(SentimentData.readNyt(nyt), speedParagraphs);
    CrfNerTagger tagger = CrfNerTagger.load(EnricherSettings.defaults().nerModel());
    SentenceSplitter splitter = new SentenceSplitter(EnricherSettings.defaults().maxSentenceTokens());
    SpeedEvaluator.Report report =
        SpeedEvaluator.measure(enricher(), tagger, splitter, paragraphs, 300);
    out().printf(Locale.ROOT, "speed %d paragraphs, 1 thread: NER only %.1f paragraphs/s, full "
            + "enrichment %.1f paragraphs/s, ratio %.2f%n", report.paragraphs(),
        report.nerOnlyPerSecond(), report.fullPerSecond(), report.ratio());
  }

  private void linking() throws Exception {
    Path file = DataDirectory.require(spec, data, "conll2003/dev.txt");
    List<ConllDocuments.Document> docs = ConllDocuments.read(file);
    Path indexFile = LinkIndexFiles.defaultLocation();
    long started = System.nanoTime();
    LinkIndex index = LinkIndexFiles.openOrBuild(indexFile, line -> err().println("newsstream: " + line));
    out().printf(Locale.ROOT, "linking index %s: %,d mentions, %.1f MB, opened in %.0f ms%n",
        indexFile, index.size(), java.nio.file.Files.size(indexFile) / 1e6,
        (System.nanoTime() - started) / 1e6);
    EntityLinker linker = EntityLinker.over(index);
    List<LinkingEvaluator.Label> labels = LinkingEvaluator.bundledLabels();
    LinkingEvaluator.evaluate(linker, docs, labels); // warm-up, so the timing is not of page faults
    LinkingEvaluator.Report report = LinkingEvaluator.evaluate(linker, docs, labels);
    out().printf(Locale.ROOT, "linking CoNLL-2003 dev, %d labelled mentions (gold spans and types): "
            + "linked %.1f %% (%d), correct ids on linked %.1f %% (%d of %d), %.1f µs per mention%n",
        report.mentions(), 100 * report.linkedShare(), report.linked(),
        100 * report.accuracyOnLinked(), report.correct(), report.linked(),
        report.nanosPerLink() / 1e3);
    for (LinkingEvaluator.Miss miss : report.misses()) {
      LinkingEvaluator.Label l = miss.label();
      out().printf(Locale.ROOT, "    %s doc %d sent %d %s \"%s\": expected %s, got %s%n",
          miss.id().startsWith("wikipedia:") ? "WRONG   " : "unlinked", l.document(),
          l.sentence(), l.type(), l.mention(), l.title(), miss.id());
    }
  }

  private void language() throws Exception {
    Path nyt = DataDirectory.require(spec, data,
        "sentiment/vader_nyt_editorials/nytEditorialSnippets_GroundTruth.txt");
    Path conll = DataDirectory.require(spec, data, "conll2003/dev.txt");
    List<LanguageEvaluator.Labelled> paragraphs = new ArrayList<>();
    // English: the first 100 NYT snippets and the first 60 CoNLL-2003 dev sentences of 10+ tokens
    // (Reuters prose with names, where a false "not English" would silently drop entities).
    SentimentData.readNyt(nyt).stream().limit(100)
        .forEach(s -> paragraphs.add(new LanguageEvaluator.Labelled("en", s.text())));
    ConllDocuments.read(conll).stream().flatMap(d -> d.sentences().stream())
        .filter(s -> s.words().size() >= 10).limit(60)
        .forEach(s -> paragraphs.add(new LanguageEvaluator.Labelled("en", String.join(" ", s.words()))));
    paragraphs.addAll(LanguageEvaluator.bundled());
    LanguageEvaluator.Report report = LanguageEvaluator.evaluate(
        new org.newsstream.enrichment.language.LinguaIdentifier(), enricher(), paragraphs);
    out().printf(Locale.ROOT, "language %d paragraphs in %d languages: accuracy %.1f %% (%d), "
            + "%d entities on the non-English ones, %.2f ms per paragraph%n", report.paragraphs(),
        report.byLanguage().size(), 100 * report.accuracy(), report.correct(),
        report.entitiesOnNonEnglish(), report.millisPerParagraph());
    report.byLanguage().forEach((language, counts) -> out().printf(Locale.ROOT,
        "    %s %d of %d%n", language, counts[1], counts[0]));
    for (LanguageEvaluator.Miss miss : report.misses()) {
      out().printf(Locale.ROOT, "    %s taken for %s: %s%n", miss.paragraph().language(),
          miss.detected(), miss.paragraph().text());
    }
  }

  private void stories() throws Exception {
    StoriesReport.print(out(), DataDirectory.require(spec, data,
        "stories/uci_news_aggregator_dev.tsv"), enricher());
  }

  private void dedup() throws Exception {
    DedupReport.print(out(), DataDirectory.require(spec, data,
        "sentiment/vader_nyt_editorials/nytEditorialSnippets_GroundTruth.txt"),
        DataDirectory.require(spec, data, "conll2003/test.txt"));
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

}
