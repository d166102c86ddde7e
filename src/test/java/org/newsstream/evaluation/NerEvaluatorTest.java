package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Sentiment;

class NerEvaluatorTest {

  private static Entity entity(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return Entity.newBuilder().setText(surface).setType(type).setStart(start)
        .setEnd(start + surface.length()).setCanonical(surface).build();
  }

  @Test
  void mapsCharacterSpansBackToTheGoldTokens() {
    List<String> words = List.of("Peter", "Blackburn", "visited", "New", "York", ".");
    String text = String.join(" ", words);
    List<Entity> entities = List.of(
        entity(text, "Peter Blackburn", EntityType.PERSON),
        entity(text, "New York", EntityType.LOCATION));

    assertThat(NerEvaluator.predictedTags(words, entities))
        .containsExactly("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O");
  }

  @Test
  void scoresExactSpanAndTypeOnly() {
    // Finds "Peter Blackburn" right, "EU" with the wrong type, misses nothing else.
    ParagraphEnricher fake = (text, memory) -> new Annotation(
        text.startsWith("Peter")
            ? List.of(entity(text, "Peter Blackburn", EntityType.PERSON))
            : List.of(entity(text, "EU", EntityType.LOCATION)),
        Sentiment.newBuilder().setScore(0).setLabel("neutral").build(), List.of(), List.of(),
        false);
    List<ConllDocuments.Document> docs = List.of(new ConllDocuments.Document(List.of(
        new ConllDocuments.Sentence(List.of("EU", "rejects"), List.of("B-ORG", "O")),
        new ConllDocuments.Sentence(List.of("Peter", "Blackburn"), List.of("B-PER", "I-PER")))));

    NerEvaluator.Report report = NerEvaluator.evaluate(fake, docs);

    assertThat(report.overall()).isEqualTo(new Counts(1, 1, 1));
    assertThat(report.overall().f1()).isCloseTo(0.5, within(1e-12));
    assertThat(report.byType().get("PER").f1()).isEqualTo(1.0);
    assertThat(report.tokens()).isEqualTo(4);
  }
}
