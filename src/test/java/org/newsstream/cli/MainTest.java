package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes get one clear line and a non-zero exit, never a stack trace. */
class MainTest {
  @TempDir Path dir;

  record Result(int exit, String err) {}

  private static Result run(String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(err, true), args);
    return new Result(exit, err.toString());
  }

  @Test
  void publishing_a_missing_file_names_it() {
    Result result = run("publish", dir.resolve("nope.txt").toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("newsstream: error: no such file: " + dir.resolve("nope.txt")
        + System.lineSeparator());
  }

  @Test
  void an_unreachable_broker_is_reported_in_one_line() throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "Kyiv says so.");

    Result result = run("publish", "--bootstrap-servers", "127.0.0.1:1", article.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("newsstream: error: cannot reach Kafka at 127.0.0.1:1")
        .doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void a_broker_host_that_does_not_resolve_is_reported_in_one_line() throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "Kyiv says so.");

    Result result = run("publish", "-b", "no-such-host.invalid:9092", article.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("newsstream: error: cannot reach Kafka at no-such-host.invalid:9092")
        .contains("does not resolve").doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void publishing_a_directory_reads_its_files_before_talking_to_kafka() throws Exception {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "Kyiv says so.");

    Result result = run("publish", "-b", "127.0.0.1:1", articles.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("newsstream: error: cannot reach Kafka at 127.0.0.1:1");
  }

  @Test
  void publishing_a_directory_without_article_files_says_so() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.createDirectory(empty.resolve("nested"));

    Result result = run("publish", empty.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("newsstream: error: no article files in directory " + empty
        + " (publish reads the regular files directly in it, not subdirectories)"
        + System.lineSeparator());
  }

  @Test
  void an_invalid_rules_file_is_rejected_before_anything_is_written() throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.yaml"),
        "rules:\n  - id: bad rule\n    severity: LOUD\n    minCheckworthiness: 2\n");

    Result result = run("rules", "add", "--bootstrap-servers", "127.0.0.1:1", rules.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("rule 'bad rule' is invalid")
        .contains("severity: 'LOUD' is not one of FLASH, URGENT, ROUTINE")
        .contains("minCheckworthiness must be between 0.0 and 1.0")
        .doesNotContain("Exception");
  }

  @Test
  void an_unknown_rule_field_is_named_with_the_known_ones() throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.json"), "[{\"id\": \"x\", \"entity\": \"Kursk\"}]");

    Result result = run("rules", "add", rules.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("unknown field 'entity'").contains("entities");
  }

  @Test
  void invalid_server_options_are_all_listed_at_once() {
    Result result = run("run", "--port", "99999", "--partitions", "0");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--port: 99999 is not a port number")
        .contains("--partitions: must be at least 1").doesNotContain("Exception");
  }

  @Test
  void a_bad_duration_names_the_flag_it_was_given_to() {
    Result result = run("demo", "--timeout", "forever");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("newsstream: error: --timeout: 'forever' is not a duration"
        + " such as 500ms, 90s, 10m, 2h or 1d" + System.lineSeparator());
  }

  @Test
  void an_unknown_command_gets_usage_help() {
    Result result = run("publsh");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("Unmatched argument").contains("publish");
  }
}
