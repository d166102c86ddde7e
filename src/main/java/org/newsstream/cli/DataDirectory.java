package org.newsstream.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Resolves and checks the evaluation data directory the commands read. */
final class DataDirectory {
  /** Where the shared data sits relative to a worktree. */
  static final String DEFAULT = "../shared/data";

  private DataDirectory() {}

  /** {@code relative} under {@code data}, or a usage error naming what is missing. */
  static Path require(CommandSpec spec, Path data, String relative) {
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), "data directory not found: "
          + data.toAbsolutePath().normalize() + " (give --data PATH; expected the layout of "
          + "../shared/data with conll2003/, sentiment/ and claims/)");
    }
    Path file = data.resolve(relative);
    if (!Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "missing data file: "
          + file.toAbsolutePath().normalize());
    }
    return file;
  }
}
