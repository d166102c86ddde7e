package org.newsstream.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsstream.config.SpikeSettings;
import org.newsstream.streams.TrendsTopology;

/**
 * "Top entities now" from the trends topology's {@value TrendsTopology#MENTIONS_STORE} window
 * store, by interactive query. Mentions are partitioned by entity, so each instance holds some
 * entities whole: this instance reads its own store and asks every other instance for its top N
 * ({@code scope=local}), and the union's top N is the answer.
 *
 * <p>The store counts windows of the spike length ({@code --spike-window}, 10 min by default). A
 * request for another length, or one made while the trends application is not running, is
 * answered from {@code fallback} (this instance's own rolling counts of {@code news.enriched}).
 */
public final class StoreTopEntities implements TopEntities {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Supplier<KafkaStreams> trends;
  private final SpikeSettings settings;
  private final Supplier<HostInfo> self;
  private final RequestForwarder forwarder;
  private final TopEntities fallback;
  private final Function<String, MentionWindow.Seen> lastSeen;
  private final Clock clock;

  /**
   * @param trends the trends application; null while the pipeline is starting
   * @param lastSeen display name and type of an entity id as last seen, or null (the store keeps
   *     only counts)
   */
  public StoreTopEntities(Supplier<KafkaStreams> trends, SpikeSettings settings,
      Supplier<HostInfo> self, RequestForwarder forwarder, TopEntities fallback,
      Function<String, MentionWindow.Seen> lastSeen, Clock clock) {
    this.trends = trends;
    this.settings = settings;
    this.self = self;
    this.forwarder = forwarder;
    this.fallback = fallback;
    this.lastSeen = lastSeen;
    this.clock = clock;
  }

  @Override
  public List<EntityCount> top(Duration window, int limit) {
    KafkaStreams app = trends.get();
    if (!window.equals(settings.window()) || app == null || app.state() != KafkaStreams.State.RUNNING) {
      return fallback.top(window, limit);
    }
    Map<String, EntityCount> union = new LinkedHashMap<>();
    try {
      localOrNone(app, limit).forEach(e -> union.put(e.id(), e));
      for (StreamsMetadata peer : app.streamsMetadataForStore(TrendsTopology.MENTIONS_STORE)) {
        if (!peer.hostInfo().equals(self.get())) {
          remote(peer.hostInfo(), window, limit).forEach(e -> union.putIfAbsent(e.id(), e));
        }
      }
    } catch (ServiceUnavailableResponse | InvalidStateStoreException | IOException
        rebalancingOrUnreachable) {
      return fallback.top(window, limit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallback.top(window, limit);
    }
    return sorted(new ArrayList<>(union.values()), limit);
  }

  @Override
  public List<EntityCount> topHere(Duration window, int limit) {
    KafkaStreams app = trends.get();
    if (!window.equals(settings.window()) || app == null || app.state() != KafkaStreams.State.RUNNING) {
      return fallback.topHere(window, limit);
    }
    return localOrNone(app, limit);
  }

  /**
   * This instance's counts; none where it holds no partition of the store (Streams answers that
   * as it answers a store in migration, with an {@link InvalidStateStoreException}).
   */
  private List<EntityCount> localOrNone(KafkaStreams app, int limit) {
    try {
      return local(app, limit);
    } catch (InvalidStateStoreException unavailable) {
      boolean holdsSome = app.streamsMetadataForStore(TrendsTopology.MENTIONS_STORE).stream()
          .anyMatch(instance -> instance.hostInfo().equals(self.get()));
      if (!holdsSome) {
        return List.of();
      }
      // Not the fallback: it counts everything this instance saw, so a caller adding up the
      // instances' answers (top() on a peer) would count some entities twice.
      throw new ServiceUnavailableResponse("this instance's entity counts are moving between "
          + "instances (a rebalance); retry in a moment");
    }
  }

  private List<EntityCount> local(KafkaStreams app, int limit) {
    ReadOnlyWindowStore<String, Long> store = app.store(StoreQueryParameters.fromNameAndType(
        TrendsTopology.MENTIONS_STORE, QueryableStoreTypes.<String, Long>windowStore()));
    return org.newsstream.streams.TopEntities.now(store, settings, clock.instant(), limit).stream()
        .map(count -> {
          // The name the paragraphs showed, where this instance saw one: a name id alone loses
          // capitals ("name:ipsos_mori").
          MentionWindow.Seen seen = lastSeen.apply(count.id());
          return new EntityCount(count.id(), seen == null ? count.display() : seen.display(),
              seen == null ? null : seen.type(), count.mentions());
        })
        .toList();
  }

  private List<EntityCount> remote(HostInfo peer, Duration window, int limit)
      throws IOException, InterruptedException {
    RequestForwarder.Answer answer = forwarder.get(peer.host(), peer.port(),
        "/api/entities/top?scope=local&window=" + window.toSeconds() + "s&limit=" + limit);
    if (answer.status() != 200) {
      throw new IOException("instance " + peer + " answered " + answer.status());
    }
    List<EntityCount> counts = new ArrayList<>();
    for (JsonNode node : JSON.readTree(answer.body())) {
      counts.add(new EntityCount(node.path("id").asText(), node.path("canonical").asText(),
          node.path("type").isNull() ? null : node.path("type").asText(),
          node.path("mentions").asLong()));
    }
    return counts;
  }

  static List<EntityCount> sorted(List<EntityCount> counts, int limit) {
    counts.sort(Comparator.comparingLong(EntityCount::mentions).reversed()
        .thenComparing(EntityCount::canonical).thenComparing(EntityCount::id));
    return counts.subList(0, Math.min(limit, counts.size()));
  }
}
