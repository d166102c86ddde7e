package org.newsstream.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throw-away data folders for commands that run the pipeline once (demo, bench). */
final class TempFolders {
  private TempFolders() {}

  static Path create(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }

  /**
   * Deletes the folder after a run that went through; after one that failed keeps it and says
   * where, since the error may point at a log in it (the broker's, for one).
   */
  static void deleteOrKeep(Path root, boolean succeeded) throws IOException {
    if (root != null && !succeeded && Files.exists(root)) {
      Console.progress("kept " + root + " for inspection (delete it when done)");
      return;
    }
    delete(root);
  }

  /** Deletes the folder and everything in it; nothing happens for null. */
  static void delete(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
