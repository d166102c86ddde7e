package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.enrichment.EnricherSettings;
import org.newsstream.stories.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The flags' defaults are the configuration's: one place to change a default. */
class ServerOptionsTest {
  @Command(name = "run")
  static final class Run {
    @Mixin ServerOptions server;
  }

  @Test
  void withNoFlagsTheConfigurationIsTheDefaultOne(@TempDir Path dataDir) {
    assumeTrue(System.getenv("NEWSSTREAM_BOOTSTRAP_SERVERS") == null
        && System.getenv("NEWSSTREAM_CLIENT_CONFIG") == null
        && System.getenv("NEWSSTREAM_APPLICATION_ID") == null, "no NEWSSTREAM_* flag defaults set");
    Run run = new Run();
    new CommandLine(run).parseArgs();

    assertThat(run.server.toConfig(0, dataDir)).isEqualTo(NewsstreamConfig.defaults(dataDir));
  }

  @Test
  void annotateAndTheEnricherHaveTheConfigurationsBudget() {
    AnnotateCommand annotate = new AnnotateCommand();
    new CommandLine(annotate).parseArgs();

    assertThat(Durations.parse(annotate.budget))
        .isEqualTo(EnricherSettings.defaults().budget())
        .isEqualTo(NewsstreamConfig.defaults(Path.of("data")).enrichmentBudget());
  }

  @Test
  void theStoryWindowIsOneSettingForTheStreamAndAnnotate(@TempDir Path dataDir) {
    Run run = new Run();
    new CommandLine(run).parseArgs("--story-window", "12h");
    AnnotateCommand annotate = new AnnotateCommand();
    new CommandLine(annotate).parseArgs();

    assertThat(run.server.toConfig(0, dataDir).storyWindow()).isEqualTo(Duration.ofHours(12));
    assertThat(Durations.parse(annotate.storyWindow))
        .isEqualTo(NewsstreamConfig.defaults(dataDir).storyWindow())
        .isEqualTo(StorySettings.DEFAULT_WINDOW);
  }

  @Test
  void aStoryWindowOfZeroIsRefusedWithTheFlagsName(@TempDir Path dataDir) {
    Run run = new Run();
    new CommandLine(run).parseArgs("--story-window", "0s");

    assertThatThrownBy(() -> run.server.toConfig(0, dataDir))
        .hasMessageContaining("--story-window: must be positive");
  }
}
