package org.newsstream.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsstream.chaos.ChaosReport;
import org.newsstream.chaos.ChaosRun;
import org.newsstream.chaos.ChaosSettings;
import org.newsstream.chaos.SecondInstanceRun;
import org.newsstream.config.NewsstreamConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chaos", mixinStandardHelpOptions = true,
    description = {
        "Kill `run` with SIGKILL again and again while it works, and check the output is exact.", "",
        "Starts `run` (embedded broker, default topics) as a child process on a data folder,",
        "publishes distinct paragraphs in batches, kills it --kills times at random moments while",
        "work is pending and restarts it on the same folder; then stops it with SIGTERM and",
        "restarts it once more. A read_committed reader checks that every paragraph is on",
        "news.enriched or news.deadletter exactly once, that no alert id repeats, and (unless",
        "--no-baseline) that the alerts equal those of the same input run without kills.",
        "Prints kills survived, recovery time (restart → first new committed output) p50/max,",
        "records lost/duplicated. Exit 0 when exact, 1 when not."},
    footer = {"", "Examples:", "  bin/newsstream chaos                       2000 paragraphs, 10 kills",
        "  bin/newsstream chaos --kills 2 --paragraphs 300 --no-baseline   a quick look"})
final class ChaosCommand implements Callable<Integer> {
  @Option(names = "--paragraphs", defaultValue = "2000", description = "Paragraphs to publish (default: ${DEFAULT-VALUE}).")
  int paragraphs;

  @Option(names = "--kills", defaultValue = "10", description = "SIGKILLs while work is pending (default: ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--max-kill-delay", defaultValue = "10s", paramLabel = "DURATION",
      description = "One kill in five comes while `run` is still starting, at a random moment up to"
          + " this long after the restart (default: ${DEFAULT-VALUE}); the others once a random"
          + " 10-90 %% of the pending paragraphs are out, in the middle of processing.")
  String maxKillDelay;

  @Option(names = "--settle-timeout", defaultValue = "180s", paramLabel = "DURATION",
      description = "How long to wait for progress after a restart, and for the last paragraph (default: ${DEFAULT-VALUE}).")
  String settleTimeout;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where the runs keep their data and logs (default: a new temporary folder, kept for inspection).")
  Path dataDir;

  @Option(names = "--port", defaultValue = "0", description = "Port of the embedded broker (default: a free port).")
  int port;

  @Option(names = "--seed", defaultValue = "1", description = "Seeds the paragraphs and kill moments (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-baseline", description = "Skip the run without kills (alerts are then not compared).")
  boolean noBaseline;

  @Option(names = "--no-clean-restart", description = "Skip the final SIGTERM stop and restart.")
  boolean noCleanRestart;

  @Option(names = "--second-instance", description = "Instead: run two instances (the second"
      + " joined to the first's broker) and kill the second --kills times; prints how long"
      + " paragraphs published after each kill took to come out, and checks the output.")
  boolean secondInstance;

  @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of each `run` (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--threads", defaultValue = "" + NewsstreamConfig.DEFAULT_STREAM_THREADS,
      description = "Stream threads of each `run` (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (kills < 0 || paragraphs < kills + 2) {
      throw new UserException("--paragraphs must be at least --kills + 2, and --kills not negative");
    }
    if (threads < 1) {
      throw new UserException("--threads must be at least 1");
    }
    Path dir = dataDir != null ? dataDir : TempFolders.create("newsstream-chaos");
    Console.progress("chaos: data and each run's log in " + dir.toAbsolutePath());
    ChaosSettings settings = new ChaosSettings(paragraphs, kills, dir,
        port == 0 ? freePort() : port, seed, DurationFlag.parse("--max-kill-delay", maxKillDelay),
        !noBaseline, !noCleanRestart, heap, DurationFlag.parse("--settle-timeout", settleTimeout), threads);
    ChaosReport report = secondInstance
        ? new SecondInstanceRun(settings, Console::progress).run()
        : new ChaosRun(settings, Console::progress).run();
    report.lines().forEach(System.out::println);
    return report.verdict().exact() && report.startFailures() == 0 ? 0 : 1;
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }
}
