package org.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Paragraph;

class AvroSerdeTest {
  private final AvroSerde<Paragraph> serde = AvroSerde.of(Paragraph.class);

  private static Paragraph paragraph() {
    return Paragraph.newBuilder().setArticleId("a-1").setIndex(3).setText("Kyiv says so.")
        .setPublishedAt(Instant.parse("2026-11-26T12:00:00Z")).build();
  }

  @Test
  void records_round_trip_in_single_object_encoding() {
    byte[] bytes = serde.encode(paragraph());

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(serde.decode(bytes)).isEqualTo(paragraph());
  }

  @Test
  void the_bytes_are_what_avros_own_single_object_encoder_writes_and_reads() throws Exception {
    Paragraph paragraph = paragraph();
    BinaryMessageEncoder<Paragraph> avros = Paragraph.getEncoder();

    byte[] ours = serde.encode(paragraph);

    assertThat(ours).isEqualTo(avros.encode(paragraph).array());
    assertThat(Paragraph.getDecoder().decode(ours)).isEqualTo(paragraph);
  }

  @Test
  void a_thread_encodes_one_record_after_another_without_leftovers_of_the_last() {
    Paragraph longer = Paragraph.newBuilder(paragraph()).setText("x".repeat(10_000)).build();
    byte[] first = serde.encode(longer);
    byte[] second = serde.encode(paragraph());

    assertThat(serde.decode(second)).isEqualTo(paragraph());
    assertThat(serde.decode(first)).isEqualTo(longer);
    assertThat(second).hasSizeLessThan(first.length);
  }

  @Test
  void records_cut_short_are_refused_with_a_serialization_exception() {
    byte[] bytes = serde.encode(paragraph());

    for (int length : new int[] {0, 1, 5, 10, bytes.length - 1}) {
      byte[] cut = java.util.Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> serde.decode(cut)).as(length + " bytes")
          .isInstanceOf(SerializationException.class).hasMessageContaining("not a Paragraph");
    }
  }

  @Test
  void bytes_that_are_not_a_paragraph_are_refused_with_a_serialization_exception() {
    byte[] alert = AvroSerde.of(Alert.class).encode(Alert.newBuilder().setId("x").setRuleId("r")
        .setSeverity(org.newsstream.schema.Severity.FLASH).setArticleId("a").setParagraphIndex(0)
        .setEvidence("e").setEvidenceStart(0).setEvidenceEnd(1).setReason("r")
        .setEventTime(Instant.EPOCH).setDetectionTime(Instant.EPOCH).build());

    assertThatThrownBy(() -> serde.decode("not avro".getBytes()))
        .isInstanceOf(SerializationException.class).hasMessageContaining("not a Paragraph");
    assertThatThrownBy(() -> serde.decode(alert))
        .isInstanceOf(SerializationException.class).hasMessageContaining("not a Paragraph");
  }

  @Test
  void a_record_written_with_an_older_schema_reads_with_the_new_fields_defaulted() throws Exception {
    Schema v0;
    try (InputStream in = getClass().getResourceAsStream("/old-schemas/Paragraph-v0.avsc")) {
      v0 = new Schema.Parser().parse(in);
    }
    GenericRecord old = new GenericData.Record(v0);
    old.put("articleId", "old-1");
    old.put("index", 0);
    old.put("text", "Written before the language field existed.");
    old.put("source", "archive");
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v0).encode(old).array();

    assertThatThrownBy(() -> serde.decode(bytes))
        .as("without the old schema the fingerprint is unknown")
        .isInstanceOf(SerializationException.class);

    Paragraph read = AvroSerde.withHistory(Paragraph.class, List.of(v0)).decode(bytes);
    assertThat(read.getArticleId()).isEqualTo("old-1");
    assertThat(read.getSource()).isEqualTo("archive");
    assertThat(read.getLanguage()).isEqualTo("en");
    assertThat(read.getTitle()).isNull();
    assertThat(read.getPublishedAt()).isNull();
  }

  @Test
  void schema_history_on_the_classpath_lets_the_production_serde_read_an_older_article_state()
      throws Exception {
    byte[] bytes = writtenWith("ArticleState/v1.avsc",
        Map.of("articleId", "a-1", "paragraphs", 3, "names", List.of()));

    var state = AvroSerde.of(org.newsstream.schema.ArticleState.class).decode(bytes);

    assertThat(state.getParagraphs()).isEqualTo(3);
    assertThat(state.getLastSeenAt()).as("the field added since defaults").isEqualTo(Instant.EPOCH);
    assertThat(state.getRecentPeople()).isEmpty();
    assertThat(state.getLastSpeaker()).isNull();
  }

  @Test
  void an_alert_written_before_throttle_releases_were_marked_reads_as_no_release() throws Exception {
    byte[] bytes = writtenWith("Alert/v1.avsc", Map.ofEntries(Map.entry("id", "al-1"),
        Map.entry("ruleId", "r1"), Map.entry("severity", new GenericData.EnumSymbol(
            org.newsstream.schema.Severity.getClassSchema(), "FLASH")),
        Map.entry("articleId", "a-1"), Map.entry("paragraphIndex", 2), Map.entry("evidence", "e"),
        Map.entry("evidenceStart", 0), Map.entry("evidenceEnd", 1), Map.entry("reason", "r"),
        Map.entry("eventTime", 1L), Map.entry("detectionTime", 2L)));

    var alert = AvroSerde.of(org.newsstream.schema.Alert.class).decode(bytes);

    assertThat(alert.getId()).isEqualTo("al-1");
    assertThat(alert.getThrottleRelease()).as("the field added since defaults").isFalse();
  }

  @Test
  void an_alert_written_before_entity_ids_reads_with_no_entity_id() throws Exception {
    for (String version : List.of("Alert/v1.avsc", "Alert/v2.avsc")) {
      byte[] bytes = writtenWith(version, oldAlert("al-" + version));

      var alert = AvroSerde.of(org.newsstream.schema.Alert.class).decode(bytes);

      assertThat(alert.getId()).isEqualTo("al-" + version);
      assertThat(alert.getEntity()).isEqualTo("United States");
      assertThat(alert.getEntityId()).as(version + ": the field added since defaults").isNull();
    }
  }

  @Test
  void a_throttle_state_holding_an_alert_without_entity_id_still_reads() throws Exception {
    Schema old = history("ThrottleState/v2.avsc");
    GenericRecord latest = record(old.getField("latest").schema().getTypes().get(1),
        oldAlert("held-back"));
    byte[] bytes = writtenWith("ThrottleState/v2.avsc",
        Map.of("lastAlertAt", 5_000L, "heldBack", 2, "latest", latest));

    var state = AvroSerde.of(org.newsstream.schema.ThrottleState.class).decode(bytes);

    assertThat(state.getHeldBack()).isEqualTo(2);
    assertThat(state.getLatest().getId()).isEqualTo("held-back");
    assertThat(state.getLatest().getEntityId()).isNull();
  }

  @Test
  void a_rule_saved_before_language_filters_reads_as_every_language() throws Exception {
    byte[] bytes = writtenWith("AlertRule/v2.avsc",
        Map.of("id", "old-rule", "entities", List.of("United States")));

    var rule = AvroSerde.of(org.newsstream.schema.AlertRule.class).decode(bytes);

    assertThat(rule.getEntities()).containsExactly("United States");
    assertThat(rule.getLanguages()).isEmpty();
  }

  @Test
  void an_article_summary_written_before_entity_ids_reads_with_counts_without_ids()
      throws Exception {
    Schema old = history("ArticleSummary/v2.avsc");
    Schema countSchema = old.getField("entities").schema().getElementType();
    GenericRecord count = record(countSchema, Map.of("canonical", "United States",
        "type", new GenericData.EnumSymbol(countSchema.getField("type").schema(), "LOCATION"),
        "mentions", 3));
    byte[] bytes = writtenWith("ArticleSummary/v2.avsc",
        Map.of("articleId", "a-9", "entities", List.of(count), "updatedAt", 1_000L));

    var summary = AvroSerde.of(org.newsstream.schema.ArticleSummary.class).decode(bytes);

    assertThat(summary.getEntities()).singleElement().satisfies(e -> {
      assertThat(e.getCanonical()).isEqualTo("United States");
      assertThat(e.getMentions()).isEqualTo(3);
      assertThat(e.getId()).isNull();
    });
  }

  private static Map<String, Object> oldAlert(String id) {
    return Map.ofEntries(Map.entry("id", id), Map.entry("ruleId", "us"),
        Map.entry("severity", new GenericData.EnumSymbol(
            org.newsstream.schema.Severity.getClassSchema(), "FLASH")),
        Map.entry("entity", "United States"), Map.entry("articleId", "a-1"),
        Map.entry("paragraphIndex", 2), Map.entry("evidence", "e"), Map.entry("evidenceStart", 0),
        Map.entry("evidenceEnd", 1), Map.entry("reason", "r"), Map.entry("eventTime", 1L),
        Map.entry("detectionTime", 2L));
  }

  @Test
  void an_article_state_written_before_speakers_were_remembered_reads_with_nobody_speaking()
      throws Exception {
    byte[] bytes = writtenWith("ArticleState/v2.avsc",
        Map.of("articleId", "a-2", "paragraphs", 5, "names", List.of(), "lastSeenAt", 1_000L));

    var state = AvroSerde.of(org.newsstream.schema.ArticleState.class).decode(bytes);

    assertThat(state.getParagraphs()).isEqualTo(5);
    assertThat(state.getLastSeenAt()).isEqualTo(Instant.ofEpochMilli(1_000));
    assertThat(state.getGenders()).isEmpty();
    assertThat(state.getLastSpeaker()).isNull();
  }

  @Test
  void an_enriched_paragraph_written_before_entity_linking_reads_with_entities_without_ids()
      throws Exception {
    Schema old;
    try (InputStream in = getClass().getResourceAsStream("/schema-history/EnrichedParagraph/v1.avsc")) {
      old = new Schema.Parser().parse(in);
    }
    Schema paragraphSchema = old.getField("paragraph").schema();
    GenericRecord paragraph = new GenericData.Record(paragraphSchema);
    paragraph.put("articleId", "old-article");
    paragraph.put("index", 0);
    paragraph.put("text", "U.S. troops left.");
    paragraph.put("language", "en");
    Schema entitySchema = old.getField("entities").schema().getElementType();
    GenericRecord entity = new GenericData.Record(entitySchema);
    entity.put("text", "U.S.");
    entity.put("type", new GenericData.EnumSymbol(entitySchema.getField("type").schema(), "LOCATION"));
    entity.put("start", 0);
    entity.put("end", 4);
    entity.put("canonical", "U.S.");
    Schema sentimentSchema = old.getField("sentiment").schema();
    GenericRecord sentiment = new GenericData.Record(sentimentSchema);
    sentiment.put("score", 0.0);
    sentiment.put("label", "neutral");
    GenericRecord record = new GenericData.Record(old);
    for (Schema.Field field : old.getFields()) {
      if (field.hasDefaultValue()) {
        record.put(field.name(), GenericData.get().getDefaultValue(field));
      }
    }
    record.put("paragraph", paragraph);
    record.put("entities", List.of(entity));
    record.put("sentiment", sentiment);
    record.put("enrichedAt", 1_000L);
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), old).encode(record).array();

    var read = AvroSerde.of(org.newsstream.schema.EnrichedParagraph.class).decode(bytes);

    assertThat(read.getEntities()).singleElement().satisfies(e -> {
      assertThat(e.getCanonical()).isEqualTo("U.S.");
      assertThat(e.getId()).as("the field added since defaults to null").isNull();
    });
  }

  @Test
  void a_rule_saved_before_speaker_watches_existed_reads_as_watching_any_source()
      throws Exception {
    byte[] bytes = writtenWith("AlertRule/v1.avsc", Map.of("id", "old-rule"));

    var rule = AvroSerde.of(org.newsstream.schema.AlertRule.class).decode(bytes);

    assertThat(rule.getId()).isEqualTo("old-rule");
    assertThat(rule.getSources()).isEmpty();
  }

  @Test
  void a_simhash_fingerprint_stored_by_an_older_version_reads_as_a_copy_of_nothing()
      throws Exception {
    byte[] bytes = writtenWith("ParagraphFingerprint/v1.avsc",
        Map.of("paragraphId", "a1/3", "simHash", 42L));

    var seen = AvroSerde.of(org.newsstream.schema.ParagraphFingerprint.class).decode(bytes);

    assertThat(seen.getParagraphId()).isEqualTo("a1/3");
    assertThat(org.newsstream.dedup.TextFingerprint.of("any text at all")
        .isCopyOf(org.newsstream.dedup.TextFingerprint.restore(
            seen.getSketch().array(), seen.getFacts())))
        .isFalse();
  }

  @Test
  void a_rule_saved_before_stories_alerts_per_paragraph() throws Exception {
    byte[] bytes = writtenWith("AlertRule/v3.avsc", Map.of("id", "old-rule",
        "throttleSeconds", 600L));

    var rule = AvroSerde.of(org.newsstream.schema.AlertRule.class).decode(bytes);

    assertThat(rule.getThrottleSeconds()).isEqualTo(600L);
    assertThat(rule.getPer()).isEqualTo(org.newsstream.schema.AlertScope.PARAGRAPH);
    assertThat(rule.getRealertAfterSources()).isEqualTo(5);
  }

  @Test
  void an_alert_and_a_throttle_state_written_before_stories_read_with_no_story() throws Exception {
    byte[] alertBytes = writtenWith("Alert/v3.avsc", oldAlert("al-v3"));
    Schema old = history("ThrottleState/v3.avsc");
    GenericRecord latest = record(old.getField("latest").schema().getTypes().get(1),
        oldAlert("held-back"));
    byte[] stateBytes = writtenWith("ThrottleState/v3.avsc",
        Map.of("lastAlertAt", 5_000L, "heldBack", 1, "latest", latest));

    var alert = AvroSerde.of(org.newsstream.schema.Alert.class).decode(alertBytes);
    var state = AvroSerde.of(org.newsstream.schema.ThrottleState.class).decode(stateBytes);

    assertThat(alert.getId()).isEqualTo("al-v3");
    assertThat(alert.getStoryId()).isNull();
    assertThat(alert.getStoryArticles()).isZero();
    assertThat(state.getLatest().getId()).isEqualTo("held-back");
    assertThat(state.getLatest().getSource()).isNull();
  }

  @Test
  void an_enriched_paragraph_written_before_stories_reads_with_no_story() throws Exception {
    Schema old = history("EnrichedParagraph/v2.avsc");
    GenericRecord paragraph = record(old.getField("paragraph").schema(), Map.of(
        "articleId", "old-article", "index", 3, "text", "Troops left.", "language", "en"));
    GenericRecord sentiment = record(old.getField("sentiment").schema(),
        Map.of("score", -0.2, "label", "negative"));
    byte[] bytes = writtenWith("EnrichedParagraph/v2.avsc",
        Map.of("paragraph", paragraph, "sentiment", sentiment, "enrichedAt", 1_000L));

    var read = AvroSerde.of(org.newsstream.schema.EnrichedParagraph.class).decode(bytes);

    assertThat(read.getParagraph().getIndex()).isEqualTo(3);
    assertThat(read.getSentiment().getScore()).isEqualTo(-0.2);
    assertThat(read.getStoryId()).as("the field added since defaults to null").isNull();
  }

  @Test
  void an_article_summary_written_before_stories_reads_with_no_story() throws Exception {
    byte[] bytes = writtenWith("ArticleSummary/v3.avsc",
        Map.of("articleId", "old-article", "paragraphs", 4, "updatedAt", 7_000L));

    var read = AvroSerde.of(org.newsstream.schema.ArticleSummary.class).decode(bytes);

    assertThat(read.getParagraphs()).isEqualTo(4);
    assertThat(read.getStoryId()).isNull();
  }

  /**
   * A record as an older version wrote it: the fields given, the others at their defaults, in
   * single-object encoding with the schema kept in {@code schema-history/}.
   */
  private byte[] writtenWith(String historyFile, Map<String, Object> fields) throws Exception {
    Schema old = history(historyFile);
    return new BinaryMessageEncoder<GenericRecord>(GenericData.get(), old)
        .encode(record(old, fields)).array();
  }

  private Schema history(String historyFile) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/schema-history/" + historyFile)) {
      return new Schema.Parser().parse(in);
    }
  }

  /** A record of {@code schema}: the fields given, the others at their defaults. */
  private static GenericRecord record(Schema schema, Map<String, Object> fields) {
    GenericRecord record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      if (fields.containsKey(field.name())) {
        record.put(field.name(), fields.get(field.name()));
      } else if (field.hasDefaultValue()) {
        record.put(field.name(), GenericData.get().getDefaultValue(field));
      }
    }
    return record;
  }

  @Test
  void the_record_catalog_recognises_any_newsstream_record_from_its_bytes() {
    RecordCatalog catalog = new RecordCatalog();

    assertThat(catalog.decode(serde.encode(paragraph()))).contains(paragraph());
    assertThat(catalog.decode("plain text".getBytes())).isEmpty();
  }

  @Test
  void json_output_unwraps_unions_and_writes_timestamps_as_iso_8601() {
    var json = AvroJson.toJson(paragraph());

    assertThat(json.get("publishedAt").asText()).isEqualTo("2026-11-26T12:00:00Z");
    assertThat(json.get("title").isNull()).isTrue();
    assertThat(json.get("index").asInt()).isEqualTo(3);
  }
}
