package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.testing.RealKafka;
import org.slf4j.LoggerFactory;

/**
 * What {@code /metrics} says of a running pipeline, read as a Prometheus scraper reads it: three
 * paragraphs and two records that are no Avro at all, then the Kafka Streams metrics once
 * Micrometer has bound every store (it looks for new Kafka metrics once a minute).
 */
@ExtendWith(RealKafka.class)
class MetricsIT {
  @TempDir static Path dir;
  static NewsstreamServer server;
  static final ListAppender<ILoggingEvent> registryLog = new ListAppender<>();
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    registryLog.start();
    for (String name : List.of("io.micrometer.prometheusmetrics", "io.micrometer.core.instrument")) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      logger.setLevel(Level.WARN);
      logger.addAppender(registryLog);
    }
    server = NewsstreamServer.start(ItServers.config("metrics-it", dir), WebSettings.loopbackAnyPort(),
        ItServers::tagsCapitalisedWords, message -> { });
    ItServers.publish(server, ArticleSplitter.split("kursk.txt",
        "Troops entered Kursk.\n\nKyiv says so.\n\nMoscow denies it."));
    try (var producer = new KafkaProducer<>(server.clients().producer(), new StringSerializer(),
        new ByteArraySerializer())) {
      for (int i = 0; i < 2; i++) {
        producer.send(new ProducerRecord<>(server.topics().paragraphs.name(), "junk-" + i,
            ("not avro " + i).getBytes())).get();
      }
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void every_record_read_from_the_input_topic_is_counted_decodable_or_not() {
    await("five records in").atMost(Duration.ofSeconds(60))
        .until(() -> lines("newsstream_paragraphs_in_total"), l -> l.equals(List.of(
            "newsstream_paragraphs_in_total 5.0")));
  }

  @Test
  void kafka_streams_metrics_are_all_registered_once_and_lag_is_a_number() throws Exception {
    await("the window store's restore latency is registered")
        .atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(5))
        .until(() -> lines("kafka_stream_state_rocksdb_window_restore_latency_avg{"),
            l -> l.stream().anyMatch(s -> s.contains("rocksdb_window_state_id=\"entity-mention-buckets\"")));
    assertThat(lines("kafka_stream_state_restore_latency_avg{")).as("key-value stores keep the name")
        .anyMatch(l -> l.contains("rocksdb_state_id=\"rule-entity-throttles\""));
    assertThat(lines("kafka_stream_state_restore_latency_avg{"))
        .as("every key-value store, not only the first registered")
        .anyMatch(l -> l.contains("rocksdb_state_id=\"copy-bands\""));

    String scrape = scrape();
    assertThat(scrape).as("no deprecated copy of a topic's metrics with . replaced by _")
        .doesNotContain("topic=\"metrics-it_enriched\"", "topic=\"metrics-it_paragraphs\"");
    assertThat(lines("kafka_consumer_fetch_manager_records_lag_max")).as("NaN when idle").isEmpty();
    assertThat(lines("newsstream_consumer_lag_records{")).as("one series: one application")
        .singleElement().asString().matches(".*app=\"pipeline\"\\} \\d+\\.0");
    assertThat(registryLog.list).extracting(ILoggingEvent::getFormattedMessage)
        .as("meters refused or clashing").isEmpty();
  }

  private List<String> lines(String prefix) throws Exception {
    return scrape().lines().filter(l -> l.startsWith(prefix)).toList();
  }

  private String scrape() throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.monitoring().orElseThrow().port() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
