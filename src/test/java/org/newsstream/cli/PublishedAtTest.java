package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PublishedAtTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void acceptsEpochMillisecondsAsANumberOrAString() throws Exception {
    assertThat(PublishedAt.parse(JSON.readTree("1394470370698"))).isEqualTo(1394470370698L);
    assertThat(PublishedAt.parse(JSON.readTree("\"1394470370698\""))).isEqualTo(1394470370698L);
  }

  @Test
  void acceptsIso8601InUtcOrWithAnOffset() throws Exception {
    assertThat(PublishedAt.parse(JSON.readTree("\"2014-03-10T16:52:50.698Z\"")))
        .isEqualTo(1394470370698L);
    assertThat(PublishedAt.parse(JSON.readTree("\"2014-03-10T17:52:50.698+01:00\"")))
        .isEqualTo(1394470370698L);
  }

  @Test
  void anythingElseIsRefusedWithAnExample() throws Exception {
    assertThatThrownBy(() -> PublishedAt.parse(JSON.readTree("\"yesterday\"")))
        .hasMessageContaining("epoch milliseconds or an ISO-8601 time such as")
        .hasMessageContaining("yesterday");
    assertThatThrownBy(() -> PublishedAt.parse(JSON.readTree("1.5")))
        .hasMessageContaining("got 1.5");
  }
}
