package org.newsstream.enrichment.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests anywhere: the link index of the 41-line fixture dictionary (same format and order as wikidict.tab.gz). */
public final class FixtureIndex {
  private static LinkIndex shared;

  private FixtureIndex() {}

  public static synchronized LinkIndex get() {
    if (shared == null) {
      try {
        Path file = Files.createTempDirectory("link-index").resolve("fixture.idx");
        file.toFile().deleteOnExit();
        try (BufferedReader lines = fixture()) {
          LinkIndexBuilder.build(lines, file, read -> { });
        }
        shared = LinkIndex.open(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  static BufferedReader fixture() {
    return new BufferedReader(new InputStreamReader(
        FixtureIndex.class.getResourceAsStream("wikidict-fixture.tab"), StandardCharsets.UTF_8));
  }
}
