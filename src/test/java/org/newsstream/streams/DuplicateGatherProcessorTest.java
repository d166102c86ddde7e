package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;
import static org.newsstream.testing.Fixtures.paragraph;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.config.TopicNames;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.DuplicateVerdict;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.DuplicateProgress;

/** The gather step of duplicate marking on its own: when a parked paragraph goes on, and as what. */
class DuplicateGatherProcessorTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private MockProcessorContext<String, EnrichedParagraph> context;
  private KeyValueStore<String, EnrichedParagraph> pending;
  private KeyValueStore<String, DuplicateProgress> progress;
  private DuplicateGatherProcessor gather;

  @BeforeEach
  void start() {
    context = new MockProcessorContext<>();
    pending = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Deduplication.PENDING_STORE),
        Serdes.String(), TOPICS.enriched.valueSerde()).withLoggingDisabled().build();
    pending.init(context.getStateStoreContext(), pending);
    context.addStateStore(pending);
    progress = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(Deduplication.PROGRESS_STORE), Serdes.String(),
        TOPICS.serde(DuplicateProgress.class)).withLoggingDisabled().build();
    progress.init(context.getStateStoreContext(), progress);
    context.addStateStore(progress);
    gather = new DuplicateGatherProcessor();
    gather.init(context);
    pending.put("c9/0", paragraph("c9", 0, "text").build());
  }

  @Test
  void the_paragraph_waits_until_every_band_has_answered() {
    for (int band = 0; band < TextFingerprint.BANDS - 1; band++) {
      answer(band, null, null);
    }
    assertThat(context.forwarded()).isEmpty();

    answer(TextFingerprint.BANDS - 1, null, null);

    assertThat(context.forwarded()).singleElement()
        .satisfies(f -> assertThat(f.record().value().getDuplicateOf()).isNull());
    assertThat(pending.get("c9/0")).as("no longer parked").isNull();
    assertThat(progress.get("c9/0")).as("its progress forgotten").isNull();
  }

  @Test
  void of_the_originals_the_bands_found_the_earliest_wins_whatever_the_order_of_answers() {
    answer(0, "b7/0", T0.plusSeconds(50).toEpochMilli());
    answer(1, "a1/0", T0.toEpochMilli());
    answer(2, null, null);
    answer(3, "b7/0", T0.plusSeconds(50).toEpochMilli());

    assertThat(context.forwarded()).singleElement()
        .satisfies(f -> assertThat(f.record().value().getDuplicateOf()).isEqualTo("a1/0"));
  }

  @Test
  void an_answer_for_a_paragraph_that_is_not_waiting_is_dropped() {
    gather.process(new Record<>("x1", new DuplicateVerdict("x1/4", 0, null, null), 0L));

    assertThat(context.forwarded()).isEmpty();
  }

  private void answer(int band, String original, Long originalTime) {
    gather.process(new Record<>("c9",
        new DuplicateVerdict("c9/0", band, original, originalTime), T0.toEpochMilli()));
  }
}
