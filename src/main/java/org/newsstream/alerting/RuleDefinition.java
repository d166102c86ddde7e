package org.newsstream.alerting;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An alert rule as a person writes it in a YAML or JSON file. Field names are those of the
 * {@code AlertRule} Avro record, except {@code throttle}, a duration such as {@code 10m}, and
 * {@code per}, {@code story} or {@code paragraph} in any case.
 */
public record RuleDefinition(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty("description") String description,
    @JsonProperty("entities") List<String> entities,
    @JsonProperty("entityTypes") List<String> entityTypes,
    @JsonProperty("keywords") List<String> keywords,
    @JsonProperty("claimFlags") List<String> claimFlags,
    @JsonProperty("minCheckworthiness") Double minCheckworthiness,
    @JsonProperty("sentimentBelow") Double sentimentBelow,
    @JsonProperty("sentimentAbove") Double sentimentAbove,
    @JsonProperty("entitySentimentBelow") Double entitySentimentBelow,
    @JsonProperty("entitySentimentAbove") Double entitySentimentAbove,
    @JsonProperty("coMentions") List<String> coMentions,
    @JsonProperty("sources") List<String> sources,
    @JsonProperty("severity") String severity,
    @JsonProperty("topic") String topic,
    @JsonProperty("throttle") String throttle,
    @JsonProperty("languages") List<String> languages,
    @JsonProperty("per") String per,
    @JsonProperty("realertAfterSources") Integer realertAfterSources) {

  /** A rule without {@code per}: alerted per paragraph, as before stories. */
  public RuleDefinition(String id, String description, List<String> entities,
      List<String> entityTypes, List<String> keywords, List<String> claimFlags,
      Double minCheckworthiness, Double sentimentBelow, Double sentimentAbove,
      Double entitySentimentBelow, Double entitySentimentAbove, List<String> coMentions,
      List<String> sources, String severity, String topic, String throttle,
      List<String> languages) {
    this(id, description, entities, entityTypes, keywords, claimFlags, minCheckworthiness,
        sentimentBelow, sentimentAbove, entitySentimentBelow, entitySentimentAbove, coMentions,
        sources, severity, topic, throttle, languages, null, null);
  }
}
