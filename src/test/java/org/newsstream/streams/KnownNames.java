package org.newsstream.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Sentiment;

/**
 * A stand-in for the NLP models in topology tests: finds a few known names (linked to a
 * Wikipedia id, or, for the Kovalenkos, with ids from their names) and makes every sentence with a figure a NUMERIC claim, check-worthiness 0.9.
 */
final class KnownNames implements ParagraphEnricher {
  private static final Map<String, String[]> NAMES = new LinkedHashMap<>();
  static {
    name("Vladimir Putin", "Vladimir Putin", "PERSON");
    name("Putin", "Vladimir Putin", "PERSON");
    name("Kim Jong Un", "Kim Jong Un", "PERSON");
    name("North Korea", "North Korea", "LOCATION");
    name("Moscow", "Moscow", "LOCATION");
    name("Kursk", "Kursk", "LOCATION");
    name("Apple", "Apple Inc.", "ORGANIZATION");
    name("California", "California", "LOCATION");
    // People the dictionary does not know: ids from their names, as the linker gives them.
    name("Andrii Kovalenko", "Andrii Kovalenko", "PERSON");
    name("Olena Kovalenko", "Olena Kovalenko", "PERSON");
    name("Kovalenko", "Kovalenko", "PERSON");
  }
  private static final java.util.Set<String> UNLINKED =
      java.util.Set.of("Andrii Kovalenko", "Olena Kovalenko", "Kovalenko");
  private static final Pattern ANY = Pattern.compile(
      "Vladimir Putin|Putin|Kim Jong Un|North Korea|Moscow|Kursk|Apple|California"
          + "|Andrii Kovalenko|Olena Kovalenko|Kovalenko");
  private static final Pattern FIGURE = Pattern.compile("[^.]*\\d[^.]*\\.?");

  private static void name(String surface, String canonical, String type) {
    NAMES.put(surface, new String[] {canonical, type});
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory) {
    List<Entity> entities = new ArrayList<>();
    Matcher m = ANY.matcher(text);
    while (m.find()) {
      String[] known = NAMES.get(m.group());
      entities.add(Entity.newBuilder().setText(m.group()).setType(EntityType.valueOf(known[1]))
          .setStart(m.start()).setEnd(m.end()).setCanonical(known[0])
          .setId(UNLINKED.contains(known[0])
              ? "name:" + known[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '_')
              : "wikipedia:" + known[0].replace(' ', '_')).build());
    }
    List<Claim> claims = new ArrayList<>();
    Matcher f = FIGURE.matcher(text);
    while (f.find()) {
      claims.add(Claim.newBuilder().setText(f.group().strip()).setStart(f.start())
          .setEnd(f.end()).setFlags(List.of(ClaimFlag.NUMERIC)).setCheckworthiness(0.9).build());
    }
    return new Annotation(entities, new Sentiment(-0.2, "negative"), List.of(), claims, false);
  }
}
