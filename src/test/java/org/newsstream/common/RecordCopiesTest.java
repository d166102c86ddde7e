package org.newsstream.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.StoryTally;
import org.newsstream.schema.TalliedEntity;

class RecordCopiesTest {
  private static StoryTally tally() {
    return StoryTally.newBuilder().setLastSeen(Instant.EPOCH.toEpochMilli())
        .setSources(List.of("wire")).setArticleIds(List.of("a1", "a2"))
        .setEntities(List.of(new TalliedEntity("k", "wikipedia:Kyiv", "Kyiv", 3))).build();
  }

  @Test
  void a_shallow_copy_equals_its_record_and_shares_its_values() {
    StoryTally tally = tally();

    StoryTally copy = RecordCopies.shallow(tally);

    assertThat(copy).isEqualTo(tally).isNotSameAs(tally);
    assertThat(copy.getEntities()).isSameAs(tally.getEntities());
  }

  @Test
  void setting_a_field_on_the_copy_leaves_the_record_as_it_was() {
    StoryTally tally = tally();

    StoryTally copy = RecordCopies.shallow(tally);
    copy.setLastSeen(42L);
    copy.setSources(List.of("wire", "agency"));

    assertThat(tally).isEqualTo(tally());
    assertThat(copy.getLastSeen()).isEqualTo(42L);
    assertThat(copy.getArticleIds()).isEqualTo(tally.getArticleIds());
  }
}
