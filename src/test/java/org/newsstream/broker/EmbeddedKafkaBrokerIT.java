package org.newsstream.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "articles";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @TempDir
    Path dataDir;
    @TempDir
    Path otherDataDir;

    @Test
    void keeps_committed_transactions_and_group_offsets_across_a_restart() throws Exception {
        OffsetAndMetadata committedBeforeRestart;
        int port;
        long firstStart = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeralPort(dataDir))) {
            report("first start (formats the data folder)", firstStart);
            port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            produceTransactionally(broker.bootstrapServers());

            try (KafkaConsumer<String, String> reader = readCommitted(broker.bootstrapServers(), "digest")) {
                assertThat(drain(reader, 3)).containsExactly("a", "b", "c");
                reader.commitSync();
                committedBeforeRestart = reader.committed(Set.of(PARTITION)).get(PARTITION);
            }
        }
        assertThat(committedBeforeRestart).isNotNull();

        long restart = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                new BrokerSettings(BrokerSettings.DEFAULT_HOST, port, dataDir))) {
            report("restart on the same data folder and port", restart);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("digest")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                assertThat(offsets).containsEntry(PARTITION, committedBeforeRestart);
            }
            try (KafkaConsumer<String, String> fresh = readCommitted(broker.bootstrapServers(), "fresh")) {
                assertThat(drain(fresh, 3)).containsExactly("a", "b", "c");
            }
        }
    }

    @Test
    void refuses_a_port_that_is_already_taken_with_a_readable_message() {
        try (EmbeddedKafkaBroker running = EmbeddedKafkaBroker.start(BrokerSettings.ephemeralPort(dataDir))) {
            String port = running.bootstrapServers().substring(running.bootstrapServers().lastIndexOf(':') + 1);

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(
                    new BrokerSettings("127.0.0.1", Integer.parseInt(port), otherDataDir)))
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is already in use; pass --port or --bootstrap-servers");

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(BrokerSettings.ephemeralPort(dataDir)))
                    .as("the same data folder, even on another port")
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("is in use by another running broker");

            assertThat(running.dataDir()).isEqualTo(dataDir);
        }
    }

    @Test
    void closing_twice_is_harmless() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeralPort(dataDir));
        broker.close();
        broker.close();
    }

    private static void produceTransactionally(String bootstrap) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-" + UUID.randomUUID());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (String value : List.of("a", "b", "c")) {
                producer.send(new ProducerRecord<>(TOPIC, value, value));
            }
            producer.commitTransaction();
            // An aborted write a read_committed consumer must never see.
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, "x", "aborted")).get();
            producer.abortTransaction();
        }
    }

    private static KafkaConsumer<String, String> readCommitted(String bootstrap, String group) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    /** Polls until {@code expected} values arrived, then a little longer to catch any extras. */
    private static List<String> drain(KafkaConsumer<String, String> consumer, int expected) {
        List<String> values = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            return values.size() >= expected;
        });
        consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
        return values;
    }

    private static void report(String what, long startNanos) {
        System.out.printf("[timing] %s: %d ms%n", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }
}
