package org.newsstream.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker child outlives a crash of its application and is taken over by the application's
 * next start on the same folder; a clean stop stops it. A crash is what {@link
 * BrokerProcess#abandon()} does to the child's line: closed without a stop request, as the
 * kernel closes it when the application dies.
 */
class BrokerProcessIT {

    @TempDir
    Path folder;

    private BrokerSettings settings(int partitions) {
        return new BrokerSettings(BrokerSettings.DEFAULT_HOST, 0, folder.resolve("kafka"), partitions);
    }

    @Test
    void the_next_start_on_the_folder_takes_over_the_broker_a_crashed_run_left_running()
            throws Exception {
        BrokerProcess first = BrokerProcess.start(settings(1));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        first.abandon();

        try (BrokerProcess second = BrokerProcess.start(settings(1))) {
            assertThat(second.adopted()).isTrue();
            assertThat(second.pid()).isEqualTo(first.pid());
            assertThat(second.bootstrapServers()).isEqualTo(first.bootstrapServers());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", second.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("kept");
            }
        }
        assertThat(ProcessHandle.of(first.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(BrokerControlFile.location(settings(1))).doesNotExist();
    }

    @Test
    void a_broker_jvm_option_that_writes_to_standard_output_does_not_stop_the_start() {
        // JFR's "Started recording" note goes to stdout whatever -Xlog says; the parent reads
        // its READY line there and failed with "exited before it was ready" (session 10).
        Map<String, String> env = Map.of("NEWSSTREAM_BROKER_JAVA_OPTS",
                "-XX:StartFlightRecording=filename=" + folder.resolve("broker.jfr"));

        try (BrokerProcess broker = BrokerProcess.start(settings(1), BrokerProcess.ORPHAN_LINGER, env)) {
            assertThat(broker.bootstrapServers()).isNotBlank();
        }
        assertThat(folder.resolve("broker.jfr")).exists();
    }

    @Test
    void a_clean_stop_stops_the_broker_and_the_next_start_begins_a_new_one() {
        BrokerProcess first = BrokerProcess.start(settings(1));
        first.close();
        assertThat(ProcessHandle.of(first.pid()).filter(ProcessHandle::isAlive)).isEmpty();

        try (BrokerProcess second = BrokerProcess.start(settings(1))) {
            assertThat(second.adopted()).isFalse();
            assertThat(second.pid()).isNotEqualTo(first.pid());
        }
    }

    @Test
    void a_broker_nobody_takes_over_stops_by_itself_once_the_wait_is_over() throws Exception {
        BrokerProcess orphan = BrokerProcess.start(settings(1), Duration.ofSeconds(1));
        orphan.abandon();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> ProcessHandle.of(orphan.pid()).filter(ProcessHandle::isAlive).isEmpty());
        assertThat(BrokerControlFile.location(settings(1))).doesNotExist();
        assertThat(Files.readString(BrokerProcess.logFile(settings(1)))
                .replaceAll("\\s+", " ")).contains("no run took the broker over within 1 s");
    }

    @Test
    void a_start_with_other_settings_stops_the_broker_left_running_and_starts_a_new_one() {
        BrokerProcess first = BrokerProcess.start(settings(1));
        first.abandon();

        try (BrokerProcess second = BrokerProcess.start(settings(2))) {
            assertThat(second.adopted()).isFalse();
            assertThat(second.pid()).isNotEqualTo(first.pid());
            assertThat(ProcessHandle.of(first.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }
}
