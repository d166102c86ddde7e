package org.newsstream.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.testing.RealKafka;

/**
 * Configurations for integration tests that share the run's broker with other test classes: each
 * test class gets its own topics and application id, so no class sees another's records.
 */
final class ItServers {
  private ItServers() {}

  static NewsstreamConfig config(String name, Path dataDir) {
    return org.newsstream.testing.ItConfigs.config(name, dataDir);
  }

  /**
   * An enricher that takes every capitalised word for a MISC entity: predictable names for tests
   * about plumbing rather than language.
   */
  static ParagraphEnricher tagsCapitalisedWords() {
    return (text, memory) -> {
      List<org.newsstream.schema.Entity> entities = new java.util.ArrayList<>();
      var words = java.util.regex.Pattern.compile("\\p{Lu}\\w+").matcher(text);
      while (words.find()) {
        entities.add(new org.newsstream.schema.Entity(words.group(),
            org.newsstream.schema.EntityType.MISC, words.start(), words.end(), words.group(), null));
      }
      return new Annotation(entities,
          Sentiment.newBuilder().setScore(0.0).setLabel("neutral").build(), List.of(), List.of(), false);
    };
  }

  /** An enricher that finds nothing, for tests about plumbing rather than language. */
  static ParagraphEnricher findsNothing() {
    return (text, memory) -> new Annotation(List.of(),
        Sentiment.newBuilder().setScore(0.0).setLabel("neutral").build(), List.of(), List.of(), false);
  }

  static void publish(NewsstreamServer server, Article article) throws Exception {
    var topic = server.topics().paragraphs;
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(server.clients().producer(),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      new ParagraphPublisher(producer, topic.name())
          .publish(ParagraphPublisher.paragraphs(article, "test", null, Instant.now()));
    }
  }
}
