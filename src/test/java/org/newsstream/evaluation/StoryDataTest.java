package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryDataTest {

  @Test
  void readsHeadlinesWithTheirStoryPublisherAndTime(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stories.tsv");
    Files.writeString(file, "ID\tTITLE\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP\n"
        + "1\tFed official says weak data caused by weather\tLos Angeles Times\tb\tddUy\t"
        + "www.latimes.com\t1394470370698\n");

    List<StoryData.Headline> headlines = StoryData.read(file);

    assertThat(headlines).containsExactly(new StoryData.Headline("1",
        "Fed official says weak data caused by weather", "Los Angeles Times", "ddUy",
        1394470370698L));
  }

  @Test
  void aWrongHeaderOrATimestampThatIsNoNumberIsNamed(@TempDir Path dir) throws Exception {
    Path noHeader = dir.resolve("a.tsv");
    Files.writeString(noHeader, "1\tTitle\tP\tb\tS\th\t1\n");
    Path badTime = dir.resolve("b.tsv");
    Files.writeString(badTime, "ID\tTITLE\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP\n"
        + "1\tTitle\tP\tb\tS\th\tyesterday\n");

    assertThatThrownBy(() -> StoryData.read(noHeader)).hasMessageContaining("expected the header");
    assertThatThrownBy(() -> StoryData.read(badTime))
        .hasMessageContaining("line 2").hasMessageContaining("yesterday");
  }
}
