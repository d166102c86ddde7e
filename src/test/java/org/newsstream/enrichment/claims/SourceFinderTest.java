package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

    assertThat(SourceFinder.find(text, 0, text, entities, Speakers.NONE)).contains("Kyiv");
  }

  @Test
  void anAppositiveSubjectIsTheSource() {
    String text = "Andrii Kovalenko, head of the Centre for Countering Disinformation, revealed "
        + "that they wear uniforms.";
    List<Entity> entities = List.of(
        entity(text, "Andrii Kovalenko", EntityType.PERSON, "Andrii Kovalenko"),
        entity(text, "Centre for Countering Disinformation", EntityType.ORGANIZATION,
            "Centre for Countering Disinformation"));

    assertThat(SourceFinder.find(text, 0, text, entities, Speakers.NONE))
        .contains("Andrii Kovalenko");
  }

  @Test
  void theEntityAfterTheVerbOrAccordingToIsTheSource() {
    String after = "“We will win,” said Zelensky.";
    String according = "According to the Pentagon, 11,000 troops are there.";

    assertThat(SourceFinder.find(after, 0, after,
        List.of(entity(after, "Zelensky", EntityType.PERSON, "Volodymyr Zelensky")), Speakers.NONE))
        .contains("Volodymyr Zelensky");
    assertThat(SourceFinder.find(according, 0, according,
        List.of(entity(according, "Pentagon", EntityType.ORGANIZATION, "Pentagon")), Speakers.NONE))
        .contains("Pentagon");
  }

  @Test
  void aPronounResolvesOnlyToTheOnePersonNamedBeforeIt() {
    String text = "Zelensky spoke. He said the troops had arrived.";
    List<Entity> one = List.of(entity(text, "Zelensky", EntityType.PERSON, "Volodymyr Zelensky"));
    int second = text.indexOf("He said");

    assertThat(SourceFinder.find(text, second, text.substring(second), one, Speakers.NONE))
        .contains("Volodymyr Zelensky");
    assertThat(SourceFinder.find("He said so.", 0, "He said so.", List.of(), Speakers.NONE))
        .as("nobody named, in the paragraph or before it").isEmpty();
  }

  @Test
  void noReportingVerbMeansNoSource() {
    String text = "Kyiv engaged the fighters.";

    assertThat(SourceFinder.find(text, 0, text,
        List.of(entity(text, "Kyiv", EntityType.LOCATION, "Kyiv")), Speakers.NONE)).isEmpty();
  }

  @Test
  void aPronounInAParagraphNamingNobodyRefersToThePersonOfTheLatestParagraphNamingOne() {
    String text = "“The first ones have already been under fire,” he said.";
    Speakers kovalenko = new Speakers(List.of("Andrii Kovalenko"), Map.of(), null);

    assertThat(SourceFinder.find(text, 0, text, List.of(), kovalenko))
        .contains("Andrii Kovalenko");
  }

  @Test
  void amongSeveralPeopleThePronounPicksTheOneTheArticleGaveItsGender() {
    String text = "She said: “We support the Russian army.”";
    Speakers two = new Speakers(List.of("Choe Son Hui", "Vladimir Putin"),
        Map.of("Choe Son Hui", Gender.FEMALE), null);

    assertThat(SourceFinder.find(text, 0, text, List.of(), two)).contains("Choe Son Hui");
    String he = "He said: “We are grateful.”";
    assertThat(SourceFinder.find(he, 0, he, List.of(), two))
        .as("Choe is female, but Putin's gender was never stated: unknown is not taken as male")
        .isEmpty();
  }

  @Test
  void peopleNamedInTheParagraphBeforeThePronounComeBeforeEarlierParagraphs() {
    String text = "Zelensky spoke. He said the troops had arrived.";
    List<Entity> one = List.of(entity(text, "Zelensky", EntityType.PERSON, "Volodymyr Zelensky"));
    int second = text.indexOf("He said");
    Speakers earlier = new Speakers(List.of("Andrii Kovalenko"), Map.of(), null);

    assertThat(SourceFinder.find(text, second, text.substring(second), one, earlier))
        .contains("Volodymyr Zelensky");
  }

  @Test
  void aPersonNamedInsideTheQuoteIsNotWhoSaysIt() {
    String text = "“Kim Jong-Un gave the order,” she said.";
    List<Entity> kim = List.of(entity(text, "Kim Jong-Un", EntityType.PERSON, "Kim Jong-Un"));
    Speakers choe = new Speakers(List.of("Choe Son Hui"), Map.of(), null);

    assertThat(SourceFinder.find(text, 0, text, kim, choe)).contains("Choe Son Hui");
    assertThat(SourceFinder.find(text, 0, text, kim, Speakers.NONE)).isEmpty();
  }
}
