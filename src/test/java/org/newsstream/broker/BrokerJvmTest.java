package org.newsstream.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerJvmTest {
  private static final List<String> ARGS = List.of("127.0.0.1", "0", "/data/kafka", "3");

  @Test
  void a_child_with_an_archive_maps_it_and_keeps_jvm_warnings_off_its_stdout() {
    BrokerJvm jvm = new BrokerJvm("java", "768m", "a.jar:b.jar", Path.of("/t/broker.jsa"), List.of());

    List<String> command = jvm.command("Main", ARGS);

    assertThat(command).containsSubsequence("java", "-Xmx768m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:SharedArchiveFile=/t/broker.jsa",
        "-cp", "a.jar:b.jar", "Main", "127.0.0.1", "0", "/data/kafka", "3");
  }

  @Test
  void a_child_without_an_archive_starts_as_before() {
    BrokerJvm jvm = new BrokerJvm("java", "768m", "cp", null, List.of("-XX:+Opt"));

    assertThat(jvm.command("Main", ARGS))
        .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
        .containsSubsequence("-XX:+Opt", "-cp", "cp", "Main");
  }

  @Test
  void the_archive_is_written_with_the_options_every_later_child_starts_with() {
    BrokerJvm jvm = new BrokerJvm("java", "768m", "dirs:and.jar", Path.of("/old.jsa"),
        List.of("-XX:+Opt"));

    List<String> writing = jvm.writingArchiveTo(Path.of("/t/new.jsa"), "jars.jar").command("Main", ARGS);
    List<String> later = new BrokerJvm("java", "768m", "jars.jar", Path.of("/t/new.jsa"),
        List.of("-XX:+Opt")).command("Main", ARGS);

    assertThat(writing).contains("-XX:ArchiveClassesAtExit=/t/new.jsa")
        .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    assertThat(strip(writing, "-XX:ArchiveClassesAtExit=")).isEqualTo(strip(later, "-XX:SharedArchiveFile="));
  }

  private static List<String> strip(List<String> command, String prefix) {
    return command.stream().filter(option -> !option.startsWith(prefix)).toList();
  }
}
