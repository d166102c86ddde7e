package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

class SourceFinderTest {

  private static Entity entity(String text, String surface, EntityType type, String canonical) {
    int start = text.indexOf(surface);
    return Entity.newBuilder().setText(surface).setType(type).setStart(start)
        .setEnd(start + surface.length()).setCanonical(canonical).build();
  }

  @Test
  void theEntityRightBeforeTheVerbIsTheSource() {
    String text = "Kyiv says it has already engaged the fighters.";
    List<Entity> entities = List.of(entity(text, "Kyiv", EntityType.LOCATION, "Kyiv"));

    assertThat(SourceFinder.find(text, 0, text, entities)).contains("Kyiv");
  }

  @Test
  void anAppositiveSubjectIsTheSource() {
    String text = "Andrii Kovalenko, head of the Centre for Countering Disinformation, revealed "
        + "that they wear uniforms.";
    List<Entity> entities = List.of(
        entity(text, "Andrii Kovalenko", EntityType.PERSON, "Andrii Kovalenko"),
        entity(text, "Centre for Countering Disinformation", EntityType.ORGANIZATION,
            "Centre for Countering Disinformation"));

    assertThat(SourceFinder.find(text, 0, text, entities)).contains("Andrii Kovalenko");
  }

  @Test
  void theEntityAfterTheVerbOrAccordingToIsTheSource() {
    String after = "“We will win,” said Zelensky.";
    String according = "According to the Pentagon, 11,000 troops are there.";

    assertThat(SourceFinder.find(after, 0, after,
        List.of(entity(after, "Zelensky", EntityType.PERSON, "Volodymyr Zelensky"))))
        .contains("Volodymyr Zelensky");
    assertThat(SourceFinder.find(according, 0, according,
        List.of(entity(according, "Pentagon", EntityType.ORGANIZATION, "Pentagon"))))
        .contains("Pentagon");
  }

  @Test
  void aPronounResolvesOnlyToTheOnePersonNamedBeforeIt() {
    String text = "Zelensky spoke. He said the troops had arrived.";
    List<Entity> one = List.of(entity(text, "Zelensky", EntityType.PERSON, "Volodymyr Zelensky"));
    int second = text.indexOf("He said");

    assertThat(SourceFinder.find(text, second, text.substring(second), one))
        .contains("Volodymyr Zelensky");
    assertThat(SourceFinder.find("He said so.", 0, "He said so.", List.of())).isEmpty();
  }

  @Test
  void noReportingVerbMeansNoSource() {
    String text = "Kyiv engaged the fighters.";

    assertThat(SourceFinder.find(text, 0, text,
        List.of(entity(text, "Kyiv", EntityType.LOCATION, "Kyiv")))).isEmpty();
  }
}
