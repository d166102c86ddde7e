package org.newsstream.enrichment.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsstream.enrichment.text.Token;
import org.newsstream.schema.EntityType;

/**
 * Restores the head of an organisation name the tagger cut off: an ORGANIZATION mention right after
 * "Centre for", "Ministry of", "Institute of" … (a capitalised head noun and "for" or "of") starts
 * at the head ("Centre for Countering Disinformation", not "Countering Disinformation"). Pure.
 */
public final class OrganizationHeads {
  private static final Set<String> HEADS = Set.of("Centre", "Center", "Institute", "Ministry",
      "Department", "Office", "Council", "Committee", "Commission", "Agency", "Bureau", "School",
      "University", "Academy", "Foundation", "Fund", "Bank", "Union", "Association", "Federation",
      "League", "Society", "Court", "Board", "Service", "Directorate", "Authority", "Organisation",
      "Organization", "Party", "Movement", "Front", "Alliance", "Coalition", "Corporation");
  private static final Set<String> LINKS = Set.of("for", "of");

  private OrganizationHeads() {}

  /** {@code mentions} (in order, over {@code tokens} of {@code text}) with cut heads restored. */
  public static List<Mention> restore(String text, List<Token> tokens, List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions.size());
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      int first = firstToken(tokens, mention);
      int previousEnd = m == 0 ? -1 : mentions.get(m - 1).end();
      if (mention.type() == EntityType.ORGANIZATION && first >= 2
          && LINKS.contains(tokens.get(first - 1).word())
          && HEADS.contains(tokens.get(first - 2).word())
          && tokens.get(first - 2).start() >= previousEnd) {
        int start = tokens.get(first - 2).start();
        result.add(new Mention(text.substring(start, mention.end()), mention.type(), start,
            mention.end()));
      } else {
        result.add(mention);
      }
    }
    return result;
  }

  private static int firstToken(List<Token> tokens, Mention mention) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == mention.start()) {
        return i;
      }
    }
    return -1;
  }
}
