package org.newsstream.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the class-data archive the broker's child JVM maps ({@link BrokerJvm} says why): a
 * broker that starts on a scratch folder and stops at once, its input being empty, dumps the
 * classes it loaded as it exits. Run by {@code bin/newsstream} after each build. The archive is
 * optional, so a failure is one line on stderr and exit 0: the broker then starts without it.
 */
public final class BrokerArchiveWriter {
  private static final long TIMEOUT_SECONDS = 120;

  private BrokerArchiveWriter() {}

  /** {@code ARCHIVE CLASS_PATH}: where to write it, and the jar-only class path it is for. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: BrokerArchiveWriter ARCHIVE CLASS_PATH");
      System.exit(2);
    }
    Path archive = Path.of(args[0]);
    Path log = archive.resolveSibling(archive.getFileName() + ".log");
    try {
      write(archive, args[1], log);
      Files.deleteIfExists(log);
    } catch (IOException | IllegalStateException e) {
      System.err.println("newsstream: note: no class-data archive for the broker (" + e.getMessage()
          + "; see " + log + "); it starts without, about 1.5 s slower");
    }
  }

  private static void write(Path archive, String classPath, Path log)
      throws IOException, InterruptedException {
    Path scratch = Files.createTempDirectory("newsstream-broker-archive");
    Path partial = archive.resolveSibling(archive.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(partial);
      List<String> command = BrokerJvm.current(System.getenv())
          .writingArchiveTo(partial, classPath)
          .command(BrokerProcessMain.class.getName(),
              List.of("127.0.0.1", "0", scratch.resolve("kafka").toString(), "1", "0"));
      Process broker = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(log.toFile())
          .start();
      if (!broker.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        broker.destroyForcibly();
        throw new IllegalStateException("the broker did not stop within " + TIMEOUT_SECONDS + " s");
      }
      if (broker.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
        throw new IllegalStateException("the broker exited with " + broker.exitValue()
            + " and wrote no archive");
      }
      Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
      try (Stream<Path> files = Files.walk(scratch)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
