package org.newsstream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A topic read to its end offsets, in bounded time even when the broker stops answering. */
class TopicSnapshotTest {
  private static final String TOPIC = "news.alert-rules";
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
  private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");

  TopicSnapshotTest() {
    Node node = new Node(1, "127.0.0.1", 9092);
    consumer.updatePartitions(TOPIC,
        List.of(new PartitionInfo(TOPIC, 0, node, new Node[] {node}, new Node[] {node})));
    consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
    consumer.updateEndOffsets(Map.of(PARTITION, 3L));
  }

  private void deliverOnFirstPoll(int records) {
    consumer.schedulePollTask(() -> {
      for (int offset = 0; offset < records; offset++) {
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, offset, "rule-" + offset, "v"));
      }
    });
  }

  @Test
  void every_record_up_to_the_end_offsets_is_read() {
    deliverOnFirstPoll(3);

    List<ConsumerRecord<String, String>> records =
        TopicSnapshot.read(consumer, TOPIC, Duration.ofSeconds(5));

    assertThat(records).extracting(ConsumerRecord::key).containsExactly("rule-0", "rule-1", "rule-2");
  }

  @Test
  void a_broker_that_stops_answering_mid_read_ends_the_read_with_a_one_line_reason() {
    deliverOnFirstPoll(1);

    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> TopicSnapshot.read(consumer, TOPIC, Duration.ofMillis(500)))
            .isInstanceOf(BrokerUnavailableException.class)
            .hasMessage("Kafka stopped answering: nothing more from news.alert-rules for 0.5 s"
                + " (1 record(s) read, its end not reached)"));
  }
}
