package org.newsstream.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The command line of the broker's child JVM.
 *
 * <p>Why a class-data-sharing archive: after a crash the restart waits for the broker, and on two
 * cores its JVM spends about two of its three seconds loading and verifying Kafka's classes. The
 * launcher ({@code bin/newsstream}) writes an archive of those classes once per build
 * ({@code target/broker.jsa}, {@code -XX:ArchiveClassesAtExit} on a broker that starts and stops)
 * and names it, with the jar-only class path it was written for, in two system properties; the JVM
 * refuses archives of class paths with directories, hence the jar of {@code target/classes}.
 * Without the properties (tests, an IDE) or with a stale archive the child starts as before: the
 * JVM checks the archive against its class path and silently runs without it.
 *
 * @param java the java executable
 * @param heap the child's maximum heap ({@code -Xmx})
 * @param classPath the child's class path
 * @param archive the class-data archive to map, when there is one
 * @param extraOptions options an operator adds ({@code NEWSSTREAM_BROKER_JAVA_OPTS})
 */
record BrokerJvm(String java, String heap, String classPath, Path archive,
    List<String> extraOptions) {

  static final String CLASS_PATH_PROPERTY = "newsstream.broker.classpath";
  static final String ARCHIVE_PROPERTY = "newsstream.broker.cds";
  static final String HEAP_PROPERTY = "newsstream.broker.heap";

  BrokerJvm {
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(classPath, "classPath");
    extraOptions = List.copyOf(extraOptions);
  }

  /** This process's settings: the same java, the launcher's broker class path and archive. */
  static BrokerJvm current(Map<String, String> env) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty(CLASS_PATH_PROPERTY, System.getProperty("java.class.path"));
    String archive = System.getProperty(ARCHIVE_PROPERTY, "");
    Path archivePath = archive.isBlank() || !Files.isRegularFile(Path.of(archive))
        ? null : Path.of(archive);
    // For profiling the broker's share of a benchmark (docs/performance.md), e.g.
    // NEWSSTREAM_BROKER_JAVA_OPTS="-XX:StartFlightRecording=..."
    String extra = Objects.requireNonNullElse(env.get("NEWSSTREAM_BROKER_JAVA_OPTS"), "").strip();
    return new BrokerJvm(java, System.getProperty(HEAP_PROPERTY, "768m"), classPath, archivePath,
        extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")));
  }

  /**
   * The same JVM on {@code classPath}, writing the classes it loaded to {@code file} when it
   * exits: the archive then matches the options every later child starts with.
   */
  BrokerJvm writingArchiveTo(Path file, String classPath) {
    List<String> options = new ArrayList<>(extraOptions);
    options.add("-XX:ArchiveClassesAtExit=" + file);
    return new BrokerJvm(java, heap, classPath, null, options);
  }

  /** The command that runs {@code mainClass} with {@code args} in the child. */
  List<String> command(String mainClass, List<String> args) {
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC",
        // C1 only: the broker's work is copying, checksums and bookkeeping, which C1's code does
        // nearly as fast as C2's, while C2 was still recompiling the broker minutes into a burst,
        // half the broker's CPU (docs/performance.md, session 14). An operator's
        // NEWSSTREAM_BROKER_JAVA_OPTS comes later and can turn C2 back on (TieredStopAtLevel=4).
        "-XX:TieredStopAtLevel=1",
        // The child answers its parent on stdout, so the JVM's own warnings (a stale archive,
        // say) must go to stderr, which is the broker's log file.
        "-Xlog:disable", "-Xlog:all=warning:stderr"));
    if (archive != null) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(extraOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    return command;
  }
}
