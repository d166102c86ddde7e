package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard is served from the jar itself and loads nothing from the Internet. */
class DashboardAssetsTest {
  private final WebFixture web = new WebFixture();

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void the_root_serves_the_dashboard_page_with_its_own_script_and_style() throws Exception {
    var page = web.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("<script src=\"/dashboard.js\">", "href=\"/dashboard.css\"");
    assertThat(web.get("/dashboard.js").body()).contains("new EventSource(\"/api/alerts/stream?");
    assertThat(web.get("/dashboard.css").statusCode()).isEqualTo(200);
  }

  @Test
  void no_asset_refers_to_another_origin() throws Exception {
    for (String asset : new String[] {"/", "/dashboard.js", "/dashboard.css"}) {
      // The SVG namespace is an identifier, never fetched.
      assertThat(web.get(asset).body().replace("http://www.w3.org/2000/svg", ""))
          .as(asset).doesNotContain("http://", "https://", "//cdn");
    }
  }
}
