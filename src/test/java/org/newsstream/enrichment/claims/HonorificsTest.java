package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

class HonorificsTest {
  private static Entity person(String text, String surface, String canonical) {
    int start = text.indexOf(surface);
    return Entity.newBuilder().setText(surface).setType(EntityType.PERSON).setStart(start)
        .setEnd(start + surface.length()).setCanonical(canonical).build();
  }

  @Test
  void anHonorificBeforeAPersonsNameRevealsTheGenderOfItsCanonicalName() {
    String text = "And Ms Choe’s discomfort was plain, while Mr. Lavrov smiled.";

    assertThat(Honorifics.genders(text, List.of(
        person(text, "Choe", "Choe Son Hui"), person(text, "Lavrov", "Sergei Lavrov"))))
        .containsEntry("Choe Son Hui", Gender.FEMALE)
        .containsEntry("Sergei Lavrov", Gender.MALE)
        .hasSize(2);
  }

  @Test
  void namesWithoutHonorificOrWithAWordEndingLikeOneRevealNothing() {
    String text = "Putin met Adams, then Williams Choe.";

    assertThat(Honorifics.genders(text, List.of(person(text, "Putin", "Vladimir Putin"),
        person(text, "Choe", "Choe Son Hui")))).isEmpty();
  }

  @Test
  void organisationsAreNotGendered() {
    String text = "Mr Smith Ltd said so.";
    int start = text.indexOf("Smith Ltd");
    Entity org = Entity.newBuilder().setText("Smith Ltd").setType(EntityType.ORGANIZATION)
        .setStart(start).setEnd(start + 9).setCanonical("Smith Ltd").build();

    assertThat(Honorifics.genders(text, List.of(org))).isEmpty();
  }
}
