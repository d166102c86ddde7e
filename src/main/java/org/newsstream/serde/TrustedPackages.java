package org.newsstream.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to instantiate classes outside trusted packages while decoding ("Forbidden …
 * This class is not trusted"). Our generated records are trusted here, once, instead of through a
 * system property every user would have to remember. Copying a record with a generated builder
 * checks the same list, so domain code that never touches a serde needs it too: {@code Main}
 * installs it before any command runs.
 */
public final class TrustedPackages {
  static final String GENERATED = "org.newsstream.schema";
  private static boolean installed;

  private TrustedPackages() {}

  public static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(
            previous, type -> GENERATED.equals(type.getPackageName())));
    installed = true;
  }
}
