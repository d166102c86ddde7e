package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.evaluation.OtherLanguageNerEvaluator.Labelled;
import org.newsstream.evaluation.OtherLanguageNerEvaluator.Span;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

class OtherLanguageNerEvaluatorTest {
  @Test
  void marksBecomeSpansIntoThePlainText() {
    Labelled l = OtherLanguageNerEvaluator.parse("de",
        "[PER Olaf Scholz] traf in [LOC Paris] die [ORG Europäische Kommission].");

    assertThat(l.text()).isEqualTo("Olaf Scholz traf in Paris die Europäische Kommission.");
    assertThat(l.entities()).containsExactly(new Span(0, 11, EntityType.PERSON),
        new Span(20, 25, EntityType.LOCATION), new Span(30, 52, EntityType.ORGANIZATION));
  }

  @Test
  void anUnknownOrUnclosedMarkIsAnError() {
    assertThatThrownBy(() -> OtherLanguageNerEvaluator.parse("de", "[XYZ Paris] liegt"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OtherLanguageNerEvaluator.parse("de", "[LOC Paris liegt"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBundledSetHasTwentyOrMoreSentencesPerLanguageAndEveryMarkReadable() {
    List<Labelled> all = OtherLanguageNerEvaluator.bundled();
    for (String language : List.of("de", "es", "fr")) {
      List<Labelled> of = all.stream().filter(l -> l.language().equals(language)).toList();
      assertThat(of).hasSizeGreaterThanOrEqualTo(20);
      assertThat(of.stream().mapToInt(l -> l.entities().size()).sum()).isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void scoresExactSpansAndTypesAndLeavesMiscUnscored() {
    Labelled l = OtherLanguageNerEvaluator.parse("de", "[PER Olaf Scholz] traf [PER Macron] in [LOC Paris].");
    // Scholz right, Macron typed as a place, Paris missed, "traf" a MISC (not scored).
    ParagraphEnricher enricher = (text, memory) -> Annotation.otherLanguage("de", List.of(
        entity(text, "Olaf Scholz", EntityType.PERSON), entity(text, "Macron", EntityType.LOCATION),
        entity(text, "traf", EntityType.MISC)), false);

    OtherLanguageNerEvaluator.Report report = OtherLanguageNerEvaluator.evaluate(enricher, List.of(l));

    Counts de = report.byLanguage().get("de");
    assertThat(de).isEqualTo(new Counts(1, 1, 2));
    assertThat(report.byType().get("de")).containsEntry(EntityType.PERSON, new Counts(1, 0, 1))
        .containsEntry(EntityType.LOCATION, new Counts(0, 1, 1));
    assertThat(report.detectedAs()).isEmpty();
    assertThat(report.mistakes()).singleElement().satisfies(m -> {
      assertThat(m.missed()).hasSize(2);
      assertThat(m.invented()).containsExactly(new Span(17, 23, EntityType.LOCATION));
    });
  }

  @Test
  void aSentenceTakenForAnotherLanguageIsCounted() {
    Labelled l = OtherLanguageNerEvaluator.parse("fr", "[LOC Paris] est belle.");
    ParagraphEnricher enricher = (text, memory) -> Annotation.notEnglish("it");

    OtherLanguageNerEvaluator.Report report = OtherLanguageNerEvaluator.evaluate(enricher, List.of(l));

    assertThat(report.detectedAs()).isEqualTo(Map.of("fr", 1));
    assertThat(report.byLanguage().get("fr")).isEqualTo(new Counts(0, 0, 1));
  }

  private static Entity entity(String text, String name, EntityType type) {
    int start = text.indexOf(name);
    return new Entity(name, type, start, start + name.length(), name, "name:" + name);
  }
}
