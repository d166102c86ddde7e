package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.schema.StoryEntity;
import org.newsstream.schema.StorySummary;
import org.newsstream.testing.RealKafka;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in a real headless Chromium: the seed article is published while the page is open,
 * and its alerts appear without a reload; a story published on the stories topic is listed, grows,
 * and shows its articles on a click. Needs Debian's {@code chromium} and
 * {@code chromium-driver} (or {@code -Dwebdriver.chrome.driver} / {@code -Dnewsstream.chromium});
 * without them the test fails, since CI installs them. Leaves screenshots in
 * {@code target/dashboard.png} ({@code -Dnewsstream.screenshot=docs/dashboard.png} to refresh the
 * docs) and {@code target/dashboard-stories.png}.
 */
@ExtendWith(RealKafka.class)
class DashboardBrowserIT {
  @TempDir static Path dataDir;
  @TempDir static Path browserProfile;
  static NewsstreamServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    File driver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    File chromium = new File(System.getProperty("newsstream.chromium", "/usr/bin/chromium"));
    if (!driver.canExecute() || !chromium.canExecute()) {
      fail("DashboardBrowserIT needs Chromium and its driver (" + chromium + ", " + driver
          + "): apt-get install -y chromium chromium-driver");
    }
    server = NewsstreamServer.start(ItServers.config("browser-it", dataDir),
        WebSettings.loopbackAnyPort(), DefaultParagraphEnricher::load, message -> { });
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1400,1000",
        "--user-data-dir=" + browserProfile.toAbsolutePath());
    // An explicit driver executable keeps Selenium Manager from looking for (and downloading) one.
    browser = new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(),
        options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void an_alert_raised_while_the_page_is_open_appears_on_it_without_a_reload() throws Exception {
    browser.get(server.monitoring().orElseThrow().dashboardUrl());
    await("the page is connected to the alert stream").atMost(Duration.ofSeconds(20))
        .until(() -> text("connection").equals("live"));
    // Survives only if the page is never reloaded.
    ((JavascriptExecutor) browser).executeScript("window.sameLoad = 'yes';");

    Path seedFile = Path.of("seeds/putin-choe-handshake.txt");
    Article seed = ArticleSplitter.split(seedFile.getFileName().toString(), Files.readString(seedFile));
    ItServers.publish(server, seed);

    WebElement first = await("an alert of the seed article is on the page")
        .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> browser.findElements(By.cssSelector("#alerts li[data-article]")),
            items -> !items.isEmpty()).get(0);
    assertThat(first.getAttribute("data-article")).isEqualTo(seed.id());
    assertThat(first.getText()).containsAnyOf("FLASH", "URGENT", "ROUTINE");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.sameLoad;"))
        .as("the page was not reloaded").isEqualTo("yes");

    await("the pipeline reports healthy").atMost(Duration.ofSeconds(20))
        .until(() -> text("health").equals("pipeline running"));
    await("the top entities are listed").atMost(Duration.ofSeconds(30))
        .until(() -> text("entities").contains("Vladimir Putin"));
    await("the sentiment chart has points").atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.cssSelector("#sentiment circle")).isEmpty());

    first.click();
    await("the article summary is shown").atMost(Duration.ofSeconds(30))
        .until(() -> text("article").contains(seed.id()) && text("article").contains("Vladimir Putin"));
    // The panel shows the summary as it was when clicked; click again until the last paragraphs
    // (Kovalenko's) are in it.
    // A list item re-rendered between finding and clicking it is retried, not a failure.
    await("the article's speakers are listed").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
          browser.findElements(By.cssSelector("#alerts li[data-article='" + seed.id() + "']"))
              .get(0).click();
          return browser.findElements(By.id("article-speakers")).stream()
              .anyMatch(e -> e.getText().contains("Andrii Kovalenko")
                  && e.getText().contains("Volodymyr Zelensky"));
        });
    screenshot();
  }

  @Test
  void a_story_published_while_the_page_is_open_appears_grows_and_lists_its_articles_on_click()
      throws Exception {
    browser.get(server.monitoring().orElseThrow().dashboardUrl());
    ((JavascriptExecutor) browser).executeScript("window.sameLoad = 'yes';");
    // Its own article, not the seed: the other test needs the seed's first publication.
    Article report = ArticleSplitter.split("harbour-fire.txt", String.join("\n\n",
        "Fire closes Rotterdam harbour",
        "A fire at a chemical depot closed the port of Rotterdam on Tuesday, the harbour master said.",
        "Firefighters from Antwerp joined the Dutch crews, according to a spokesman."));
    ItServers.publish(server, report);
    // Not the id the stream side would give this article's story, so the two never replace each other.
    String storyId = "story:browser-it-" + report.id();
    ensureStoriesTopic();

    publishStory(story(storyId, "Fire closes Rotterdam harbour", report.id()));
    WebElement item = await("the story is listed").atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> browser.findElements(By.cssSelector("#stories li[data-story='" + storyId + "']")),
            items -> !items.isEmpty()).get(0);
    assertThat(item.getText()).contains("Fire closes Rotterdam harbour", "1 article", "Rotterdam ×2");

    publishStory(story(storyId, "Fire closes Rotterdam harbour", report.id(), "harbour-fire-afp"));
    await("the story grows on the page").atMost(Duration.ofSeconds(30)).ignoreExceptions()
        .until(() -> browser.findElement(By.cssSelector("#stories li[data-story='" + storyId + "']"))
            .getText().contains("2 articles"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.sameLoad;"))
        .as("the page was not reloaded").isEqualTo("yes");

    // The article's summary may still be on its way: click again until its title is listed.
    await("the story's articles are listed after a click").atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
          browser.findElement(By.cssSelector("#stories li[data-story='" + storyId + "']")).click();
          return browser.findElement(By.cssSelector(
              "#story-articles li[data-article='" + report.id() + "']")).getText()
              .contains("Fire closes Rotterdam harbour");
        });
    assertThat(browser.findElement(By.cssSelector("#story-articles li[data-article='harbour-fire-afp']"))
        .getText()).contains("summary not available");

    browser.findElement(By.cssSelector("#story-articles li[data-article='" + report.id() + "']")).click();
    await("a click on an article shows its summary").atMost(Duration.ofSeconds(30))
        .until(() -> text("article").contains(report.id()));
    Files.write(Path.of("target/dashboard-stories.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static void ensureStoriesTopic() throws Exception {
    // Until the stream side provisions news.stories, the test creates it as the contract says.
    try (Admin admin = Admin.create(server.clients().admin())) {
      admin.createTopics(List.of(new NewTopic(server.topics().stories.name(), 3, (short) 1)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
          .all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private static void publishStory(StorySummary story) throws Exception {
    var topic = server.topics().stories;
    try (KafkaProducer<String, StorySummary> producer = new KafkaProducer<>(server.clients().producer(),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), story.getStoryId(), story)).get(30, TimeUnit.SECONDS);
    }
  }

  private static StorySummary story(String id, String headline, String... articleIds) {
    Instant now = Instant.now();
    return StorySummary.newBuilder().setStoryId(id).setHeadline(headline)
        .setFirstSeen(now.minusSeconds(60)).setLastSeen(now)
        .setArticleCount(articleIds.length).setSourceCount(articleIds.length)
        .setSources(List.of("test", "AFP").subList(0, articleIds.length))
        .setTopEntities(List.of(StoryEntity.newBuilder().setId("wikipedia:Rotterdam")
            .setCanonical("Rotterdam").setMentions(2).build()))
        .setArticleIds(List.of(articleIds)).build();
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  private static void screenshot() throws Exception {
    Path target = Path.of(System.getProperty("newsstream.screenshot", "target/dashboard.png"));
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
