package org.newsstream.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article files named on a command line: a file as given, {@code -} for stdin, and a
 * directory as the regular files directly in it, in name order so that a run is repeatable.
 * Hidden files (editor swap files, {@code .DS_Store}) and subdirectories are left out: a
 * directory of articles is flat, and recursing would publish whatever a tool left beside them.
 */
final class ArticleFiles {
  private ArticleFiles() {}

  static List<String> expand(List<String> arguments) {
    List<String> files = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        files.add(argument);
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<String> inside = filesIn(path);
        if (inside.isEmpty()) {
          throw new UserException("no article files in directory " + argument
              + " (publish reads the regular files directly in it, not subdirectories)");
        }
        files.addAll(inside);
      } else if (Files.isRegularFile(path)) {
        files.add(argument);
      } else {
        throw new UserException("no such file: " + argument);
      }
    }
    return files;
  }

  private static List<String> filesIn(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
          .sorted()
          .map(Path::toString)
          .toList();
    } catch (IOException e) {
      throw new UserException("cannot list directory " + directory + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UserException("cannot list directory " + directory + ": " + e.getCause().getMessage());
    }
  }
}
