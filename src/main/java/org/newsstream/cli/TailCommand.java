package org.newsstream.cli;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsstream.serde.AvroJson;
import org.newsstream.serde.RecordCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {
        "Print a topic's records as JSON lines (default: alerts), following new ones.", "",
        "Reads only committed records. Any Newsstream record type is recognised from its bytes."},
    footer = {"", "Examples:", "  bin/newsstream tail                       # every alert, then follow",
        "  bin/newsstream tail --topic news.enriched --idle 5s",
        "  bin/newsstream tail --topic alerts.flash --latest"})
final class TailCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin ClientOptions kafka;

  @Option(names = {"-t", "--topic"}, defaultValue = "news.alerts",
      description = "Topic to read (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(names = "--latest", description = "Start at the end: only records produced from now on.")
  boolean latest;

  @Option(names = {"-n", "--max"}, description = "Stop after this many records.")
  Long max;

  @Option(names = "--idle", paramLabel = "DURATION",
      description = "Stop when no record arrived for this long (e.g. 5s); default: follow forever.")
  String idle;

  @Override
  public Integer call() {
    KafkaProbe.requireTopic(kafka.clients(), topic);
    Duration idleLimit = idle == null ? null : DurationFlag.parse("--idle", idle);
    RecordCatalog catalog = new RecordCatalog();
    long printed = 0;
    long lastRecord = System.nanoTime();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.clients().consumer(null),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      if (latest) {
        consumer.seekToEnd(partitions);
      } else {
        consumer.seekToBeginning(partitions);
      }
      while (max == null || printed < max) {
        var records = consumer.poll(Duration.ofMillis(250));
        for (ConsumerRecord<byte[], byte[]> record : records) {
          System.out.println(line(catalog, record));
          lastRecord = System.nanoTime();
          if (max != null && ++printed >= max) {
            break;
          }
        }
        System.out.flush();
        if (idleLimit != null && System.nanoTime() - lastRecord > idleLimit.toNanos()) {
          break;
        }
      }
    }
    return 0;
  }

  static String line(RecordCatalog catalog, ConsumerRecord<byte[], byte[]> record) {
    ObjectNode node = catalog.decode(record.value()).map(r -> AvroJson.toJson((org.apache.avro.generic.IndexedRecord) r))
        .orElseGet(() -> {
          ObjectNode raw = JSON.createObjectNode();
          if (record.value() == null) {
            raw.putNull("tombstone");
          } else {
            raw.put("raw", Base64.getEncoder().encodeToString(record.value()));
          }
          return raw;
        });
    return node.toString();
  }

}
