package org.newsstream.chaos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code newsstream run} in a child JVM of the same build, so that it can be killed with
 * SIGKILL as an operator's {@code kill -9} (or the kernel's OOM killer) would.
 */
final class RunProcess {
  private final Process process;
  private final Path log;

  private RunProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Whether the process has written {@code text} to its log yet. */
  boolean logged(String text) {
    try {
      return java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains(text);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Set by bin/newsstream to the application's class-data archive, when it wrote one. */
  static final String APP_ARCHIVE_PROPERTY = "newsstream.app.cds";

  /** Starts {@code run} with {@code args}, its output appended to {@code log}. */
  static RunProcess start(List<String> args, Path log, String heap) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    // The launcher's scheduling flags (bin/newsstream), without which the analyses done ahead
    // of the stream threads would run at the stream threads' own priority.
    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> arg.startsWith("-XX:ThreadPriorityPolicy=")
            || arg.startsWith("-XX:JavaPriority"))
        .forEach(command::add);
    // The launcher's settings (link index, broker class path and archive) hold for the child too.
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("newsstream.")).sorted()
        .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
    // The launcher's class-data archive (bin/newsstream): a restart is CPU-bound on two cores,
    // and mapping the classes instead of loading them made `run` ready about 1.2 s sooner.
    // Valid only with the launcher's class path, which the child inherits below.
    String archive = System.getProperty(APP_ARCHIVE_PROPERTY);
    if (archive != null && java.nio.file.Files.isRegularFile(Path.of(archive))) {
      command.add("-XX:SharedArchiveFile=" + archive);
      command.add("-Xlog:disable");
      command.add("-Xlog:all=warning:stderr");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.newsstream.cli.Main");
    command.add("run");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new RunProcess(builder.start(), log);
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the shutdown hook closes the topologies (and broker) cleanly. */
  boolean stop(long timeoutSeconds) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return true;
  }

  boolean alive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }
}
