package org.newsstream.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic alert ids: the same rule on the same paragraph and entity always yields the same id,
 * so a consumer can recognise a replayed alert.
 */
public final class AlertIds {
  private AlertIds() {}

  public static String of(String ruleId, String articleId, int paragraphIndex, String entity) {
    String identity = ruleId + '\u0000' + articleId + '\u0000' + paragraphIndex + '\u0000'
        + (entity == null ? "" : entity);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
