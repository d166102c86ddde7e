package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local task state is kept only for the topology that wrote it. */
class LocalStateLayoutTest {
  @TempDir Path appDir;

  @Test
  void a_new_folder_gets_the_fingerprint_and_nothing_is_reported() throws Exception {
    assertThat(LocalStateLayout.prepare(appDir, topology("a", "b"))).isEmpty();

    assertThat(appDir.resolve(LocalStateLayout.MARKER)).exists();
  }

  @Test
  void the_same_topology_keeps_its_task_state() throws Exception {
    LocalStateLayout.prepare(appDir, topology("a", "b"));
    Files.createDirectories(appDir.resolve("0_1/rocksdb/store"));

    assertThat(LocalStateLayout.prepare(appDir, topology("a", "b"))).isEmpty();
    assertThat(appDir.resolve("0_1/rocksdb/store")).exists();
  }

  @Test
  void another_topology_deletes_the_task_folders_and_keeps_the_process_id() throws Exception {
    LocalStateLayout.prepare(appDir, topology("a", "b"));
    Files.createDirectories(appDir.resolve("6_1/rocksdb/store"));
    Files.createDirectories(appDir.resolve("global/rocksdb/rules"));
    Files.writeString(appDir.resolve("kafka-streams-process-metadata"), "process id");

    assertThat(LocalStateLayout.prepare(appDir, topology("a", "c")))
        .hasValueSatisfying(note -> assertThat(note).contains("2 tasks", "changelogs"));
    assertThat(appDir.resolve("6_1")).doesNotExist();
    assertThat(appDir.resolve("global")).doesNotExist();
    assertThat(appDir.resolve("kafka-streams-process-metadata")).exists();
    assertThat(LocalStateLayout.prepare(appDir, topology("a", "c"))).as("only once").isEmpty();
  }

  @Test
  void task_folders_without_a_fingerprint_are_from_an_unknown_topology() throws Exception {
    Files.createDirectories(appDir.resolve("0_0"));

    assertThat(LocalStateLayout.prepare(appDir, topology("a", "b"))).isPresent();
    assertThat(appDir.resolve("0_0")).doesNotExist();
  }

  @Test
  void the_fingerprint_is_the_same_in_every_process_even_with_a_sink_chosen_per_record() {
    assertThat(LocalStateLayout.fingerprint(routed().describe()))
        .isEqualTo(LocalStateLayout.fingerprint(routed().describe()));
  }

  /** Two builds of one topology whose sink's extractor is a new lambda object each time. */
  private static org.apache.kafka.streams.Topology routed() {
    StreamsBuilder builder = new StreamsBuilder();
    String prefix = "alerts.";
    builder.<String, String>stream("in").to((key, value, context) -> prefix + value);
    return builder.build();
  }

  private static TopologyDescription topology(String from, String to) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(from).to(to);
    return builder.build().describe();
  }
}
