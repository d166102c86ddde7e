package org.newsstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.claims.LogisticCheckworthiness;
import org.newsstream.enrichment.entities.NerTagger;
import org.newsstream.enrichment.sentiment.VaderLexicon;

/**
 * A paragraph annotated with its text analysed ahead comes out as it does without: the analysis
 * only moves work, it never changes an outcome.
 */
class TextAnalysisTest {
  private static List<String> seed;

  @BeforeAll
  static void readSeed() throws IOException {
    seed = Files.readAllLines(Path.of("seeds/putin-choe-handshake.txt")).stream()
        .filter(line -> !line.isBlank()).toList();
  }

  private static DefaultParagraphEnricher enricher(NerTagger tagger) {
    return new DefaultParagraphEnricher(EnricherSettings.defaults(), tagger,
        LogisticCheckworthiness.bundled(), VaderLexicon.bundled());
  }

  @Test
  void the_seed_article_annotated_with_analyses_done_ahead_is_the_same_as_without() {
    DefaultParagraphEnricher enricher = enricher(TestModels.tagger());
    ArticleMemory plain = ArticleMemory.empty();
    ArticleMemory ahead = ArticleMemory.empty();
    List<Annotation> without = new ArrayList<>();
    List<Annotation> with = new ArrayList<>();
    for (String paragraph : seed) {
      without.add(enricher.annotate(paragraph, plain));
      TextAnalysis analysis = enricher.analyze(paragraph).orElseThrow();
      with.add(enricher.annotate(paragraph, ahead, analysis));
    }
    assertThat(with).isEqualTo(without);
    assertThat(without).anySatisfy(a -> assertThat(a.entities()).isNotEmpty());
  }

  @Test
  void an_analysis_does_the_tagging_so_annotating_with_it_tags_nothing() {
    AtomicInteger tagged = new AtomicInteger();
    NerTagger counting = tokens -> {
      tagged.incrementAndGet();
      return TestModels.tagger().tag(tokens);
    };
    DefaultParagraphEnricher enricher = enricher(counting);
    TextAnalysis analysis = enricher.analyze(seed.get(0)).orElseThrow();
    int byAnalysis = tagged.get();

    enricher.annotate(seed.get(0), ArticleMemory.empty(), analysis);

    assertThat(byAnalysis).isEqualTo(analysis.sentences().size()).isPositive();
    assertThat(tagged.get()).isEqualTo(byAnalysis);
  }

  @Test
  void an_analysis_of_another_text_is_not_used() {
    DefaultParagraphEnricher enricher = enricher(TestModels.tagger());
    TextAnalysis other = enricher.analyze(seed.get(1)).orElseThrow();

    Annotation annotated = enricher.annotate(seed.get(0), ArticleMemory.empty(), other);

    assertThat(annotated).isEqualTo(enricher.annotate(seed.get(0), ArticleMemory.empty()));
  }

  @Test
  void sentences_an_analysis_left_out_are_labelled_and_scored_when_annotating() {
    DefaultParagraphEnricher enricher = enricher(TestModels.tagger());
    String paragraph = seed.stream().filter(p -> enricher.analyze(p).orElseThrow()
        .sentences().size() > 1).findFirst().orElseThrow();
    TextAnalysis full = enricher.analyze(paragraph).orElseThrow();
    // What an analysis whose budget ran out after the first sentence holds.
    TextAnalysis partial = new TextAnalysis(paragraph, full.language(), full.sentences(),
        full.labels().subList(0, 1), List.of());

    assertThat(enricher.annotate(paragraph, ArticleMemory.empty(), partial))
        .isEqualTo(enricher.annotate(paragraph, ArticleMemory.empty()));
  }
}
