package org.newsstream.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * What the run holds after the load: live heap after a full GC, resident memory of this JVM and
 * of the broker's process (Linux), and the size of the Streams state on disk.
 */
public final class MemoryReport {
  private MemoryReport() {}

  public static String describe(OptionalLong brokerPid, Path stateDir) {
    ManagementFactory.getMemoryMXBean().gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return String.format(Locale.ROOT,
        "memory after the run: heap in use after GC %d MB, resident %s MB, broker resident %s MB,"
            + " Streams state on disk %d MB",
        heap >> 20, rss(ProcessHandle.current().pid()),
        brokerPid.isPresent() ? rss(brokerPid.getAsLong()) : "(in this JVM)",
        size(stateDir) >> 20);
  }

  /** VmRSS from /proc, in MB, or "?" where there is no /proc. */
  private static String rss(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
      return lines.filter(l -> l.startsWith("VmRSS:"))
          .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) >> 10))
          .findFirst().orElse("?");
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static long size(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
