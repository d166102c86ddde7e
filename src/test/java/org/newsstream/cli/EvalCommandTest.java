package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  @Test
  void aMissingDataDirectoryIsAUsageErrorThatSaysWhere(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setErr(new PrintWriter(err));

    int exit = cli.execute("ner", "--data", dir.resolve("nowhere").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("data directory not found").contains("nowhere");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TrainClaimsCommand()).setErr(new PrintWriter(err));

    int exit = cli.execute("--data", dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("missing data file").contains("CT24_checkworthy_english_train.tsv");
  }

  @Test
  void storiesNamesTheMissingHeadlineFile(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setErr(new PrintWriter(err));

    int exit = cli.execute("stories", "--data", dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("missing data file")
        .contains("stories/uci_news_aggregator_dev.tsv");
  }

  @Test
  void rejectsAnUnknownTask() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setErr(new PrintWriter(err));

    assertThat(cli.execute("bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("ner, sentiment, claims, speed, dedup, linking, language, stories, multilingual, all");
  }
}
