package org.newsstream.web;

import java.util.function.Supplier;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.newsstream.serde.AvroJson;

/**
 * Article lookups by Kafka Streams interactive queries on a key-value store keyed by article id:
 * the store's metadata says which instance is active for the key's partition; this instance reads
 * its local store when that is itself, and otherwise names the instance to forward to.
 *
 * <p>Newsstream queries the article-summary topology's {@code article-summaries} store.
 */
public final class StoreArticleSummaries implements ArticleSummaries {
  private final Supplier<KafkaStreams> streams;
  private final String storeName;
  private final HostInfo self;

  /**
   * @param streams the application owning the store; null while the pipeline is not started yet
   * @param self this instance's {@code application.server}, as the other instances see it
   */
  public StoreArticleSummaries(Supplier<KafkaStreams> streams, String storeName, HostInfo self) {
    this.streams = streams;
    this.storeName = storeName;
    this.self = self;
  }

  @Override
  public Lookup lookup(String articleId) {
    KafkaStreams app = streams.get();
    if (app == null) {
      return new Unavailable("the pipeline is starting");
    }
    KeyQueryMetadata metadata;
    try {
      metadata = app.queryMetadataForKey(storeName, articleId, Serdes.String().serializer());
    } catch (IllegalStateException notReady) {
      return new Unavailable("Kafka Streams is " + app.state());
    }
    if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
      return new Unavailable("no instance holds " + storeName + " yet (state " + app.state() + ")");
    }
    HostInfo active = metadata.activeHost();
    if (!active.equals(self)) {
      return new Elsewhere(active.host(), active.port());
    }
    try {
      ReadOnlyKeyValueStore<String, Object> store = app.store(StoreQueryParameters.fromNameAndType(
          storeName, QueryableStoreTypes.<String, Object>keyValueStore())
          .withPartition(metadata.partition()));
      Object value = store.get(articleId);
      if (value == null) {
        return new Missing();
      }
      var json = value instanceof IndexedRecord record ? AvroJson.toJson(record)
          : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
              .put("value", value.toString());
      json.put("servedBy", self.host() + ":" + self.port());
      return new Found(json);
    } catch (InvalidStateStoreException migrating) {
      return new Unavailable("the store is moving between instances: " + migrating.getMessage());
    }
  }
}
