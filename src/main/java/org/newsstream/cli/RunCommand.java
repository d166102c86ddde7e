package org.newsstream.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.config.NewsstreamConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
        "Run the pipeline until stopped (Ctrl-C or SIGTERM).", "",
        "Runs the topologies, and an embedded Kafka broker (KRaft, 127.0.0.1:9092, data in ./data)",
        "unless --bootstrap-servers names a cluster.",
        "Topics are created when missing and the alert rules are loaded onto news.alert-rules.",
        "Start more instances with the same --application-id (and their own --data-dir) to scale out.",
        "Serves a live dashboard, a JSON/SSE API and Prometheus /metrics on 127.0.0.1:8080",
        "(--http-host, --http-port; --no-http to turn it off)."},
    footer = {"", "Then, in another shell:", "  bin/newsstream publish seeds/*",
        "  bin/newsstream tail --topic news.enriched",
        "  kcat -b 127.0.0.1:9092 -C -t news.enriched -e"})
final class RunCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    NewsstreamConfig config = server.toConfig(9092, Path.of("data"));
    NewsstreamServer running = NewsstreamServer.start(config, server.toWebSettings(true),
        () -> Enrichers.load(config.enrichmentBudget()), Console::progress);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Console.progress("stopping…");
      running.close();
      Console.progress("stopped cleanly");
      stopped.countDown();
    }, "newsstream-shutdown"));
    Console.progress("running; Kafka at " + running.clients().bootstrapServers()
        + running.monitoring().map(m -> ", dashboard at " + m.dashboardUrl()).orElse("")
        + ". Publish with `bin/newsstream publish seeds/*`; stop with Ctrl-C.");
    stopped.await();
    return 0;
  }
}
