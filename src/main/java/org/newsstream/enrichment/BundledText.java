package org.newsstream.enrichment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the text resources bundled with the enrichment (lexicons, name lists), as UTF-8 lines. */
public final class BundledText {
  private BundledText() {}

  /**
   * The lines of classpath resource {@code path} (absolute, e.g. {@code /org/newsstream/…});
   * a missing resource is a broken build, so it fails loudly.
   */
  public static List<String> lines(String path) {
    try (InputStream in = BundledText.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #lines}, without blank lines and {@code #} comments: the records of a data file. */
  public static List<String> records(String path) {
    return lines(path).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }
}
