package org.newsstream.enrichment.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

/**
 * Genders a paragraph reveals through an honorific right before a person's name ("Ms Choe",
 * "Mr. Putin"). Only honorifics: first-name lists guess, and a guessed gender would pick a wrong
 * speaker for "she said". Pure and thread-safe.
 */
public final class Honorifics {
  private static final Pattern FEMALE = Pattern.compile("(?:^|\\W)(?:Ms|Mrs|Miss|Madam|Madame)\\.?\\s{1,2}$");
  private static final Pattern MALE = Pattern.compile("(?:^|\\W)(?:Mr|Sir)\\.?\\s{1,2}$");

  private Honorifics() {}

  /** Canonical person name → gender, for each person entity preceded by an honorific. */
  public static Map<String, Gender> genders(String paragraph, List<Entity> entities) {
    Map<String, Gender> genders = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (e.getType() != EntityType.PERSON) {
        continue;
      }
      String before = paragraph.substring(Math.max(0, e.getStart() - 10), e.getStart());
      if (FEMALE.matcher(before).find()) {
        genders.put(e.getCanonical(), Gender.FEMALE);
      } else if (MALE.matcher(before).find()) {
        genders.put(e.getCanonical(), Gender.MALE);
      }
    }
    return genders;
  }
}
