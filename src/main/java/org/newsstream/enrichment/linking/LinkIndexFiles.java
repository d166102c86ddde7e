package org.newsstream.enrichment.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Where the link index lives and how it comes to exist: built once from the dictionary inside the
 * CoreNLP KBP models jar (on the classpath, so nothing is downloaded), the first time a process
 * needs it, with progress on the console; every later start maps the file in milliseconds.
 */
public final class LinkIndexFiles {
  /** The dictionary's path inside {@code stanford-corenlp-4.5.10-models-english-kbp.jar}. */
  public static final String DICTIONARY = "/edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
  /** Overrides {@link #defaultLocation()}; {@code bin/newsstream} points it into target/. */
  public static final String LOCATION_PROPERTY = "newsstream.link.index";
  private static final long DICTIONARY_LINES = 20_948_089;

  private LinkIndexFiles() {}

  /** The property's path, else {@code target/link-index/wikidict-v1.idx} under the working directory. */
  public static Path defaultLocation() {
    String configured = System.getProperty(LOCATION_PROPERTY);
    return configured != null && !configured.isBlank()
        ? Path.of(configured) : Path.of("target", "link-index", "wikidict-v1.idx");
  }

  /** The index at {@code file}, built first if absent or unreadable. */
  public static LinkIndex openOrBuild(Path file, Consumer<String> console) throws IOException {
    if (Files.isRegularFile(file)) {
      try {
        return LinkIndex.open(file);
      } catch (IOException stale) {
        console.accept("link index " + file + " is unusable (" + stale.getMessage()
            + "); rebuilding it");
      }
    }
    try (InputStream raw = LinkIndexFiles.class.getResourceAsStream(DICTIONARY)) {
      if (raw == null) {
        throw new IOException("the CoreNLP KBP models jar (wikidict.tab.gz) is not on the classpath");
      }
      console.accept("building the entity-link index from CoreNLP's wikidict.tab.gz into " + file
          + " (once; about a minute)");
      long started = System.nanoTime();
      BufferedReader lines = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
      LinkIndexBuilder.Stats stats = LinkIndexBuilder.build(lines, file, read ->
          console.accept(String.format("  link index: %,d of %,d dictionary lines read (%d %%)",
              read, DICTIONARY_LINES, 100 * read / DICTIONARY_LINES)));
      console.accept(String.format(
          "link index built in %.0f s: %,d mentions, %,d stored titles, %.1f MB",
          (System.nanoTime() - started) / 1e9, stats.keys(), stats.titles(), stats.bytes() / 1e6));
    }
    return LinkIndex.open(file);
  }
}
