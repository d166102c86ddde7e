package org.newsstream.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits the text of an article into paragraphs. Paragraphs are separated by blank lines; a text
 * with no blank line at all (one paragraph per line, as many feeds deliver it) is split at line
 * breaks. A first paragraph that is one short line without closing punctuation is the title.
 * Pure.
 */
public final class ArticleSplitter {
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \\t\\u00A0]*\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\n");
  private static final int MAX_TITLE_CHARS = 160;

  private ArticleSplitter() {}

  /**
   * @param name where the text came from (a file name), used to make a readable article id
   */
  public static Article split(String name, String text) {
    String body = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').strip();
    List<String> paragraphs = new ArrayList<>();
    Pattern separator = BLANK_LINE.matcher(body).find() ? BLANK_LINE : LINE_BREAK;
    for (String block : separator.split(body)) {
      String paragraph = block.strip().replaceAll("\\s*\n\\s*", " ");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    String title = null;
    if (paragraphs.size() > 1 && looksLikeTitle(paragraphs.get(0))) {
      title = paragraphs.remove(0);
    }
    return new Article(articleId(name, body), title, paragraphs);
  }

  static boolean looksLikeTitle(String paragraph) {
    return paragraph.length() <= MAX_TITLE_CHARS
        && !paragraph.matches("(?s).*[.!?:;,\"'”’»)]$");
  }

  /** A readable, stable id: the name's slug plus a digest of the text, so the same text gets the same id. */
  static String articleId(String name, String text) {
    String slug = name.toLowerCase(Locale.ROOT)
        .replaceAll("\\.[a-z0-9]{1,5}$", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (slug.length() > 48) {
      slug = slug.substring(0, 48).replaceAll("-+$", "");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest, 0, 4);
      return slug.isEmpty() ? hash : slug + "-" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
