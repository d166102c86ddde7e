package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckThatDataTest {

  @Test
  void readsQuotedTextWithDoubledQuotes() {
    String tsv = "Sentence_id\tText\tclass_label\n"
        + "1\tPlain sentence.\tNo\n"
        + "2\t\"He said \"\"no\"\" twice.\"\tYes\n";

    assertThat(CheckThatData.parse(tsv)).containsExactly(
        new CheckThatData.Item("1", "Plain sentence.", false),
        new CheckThatData.Item("2", "He said \"no\" twice.", true));
  }

  @Test
  void splitsARecordGluedToTheNextOne() {
    String tsv = "Sentence_id\tText\tclass_label\r\n"
        + "24098\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\r\n";

    List<CheckThatData.Item> items = CheckThatData.parse(tsv);

    assertThat(items).extracting(CheckThatData.Item::id).containsExactly("24098", "29286");
    assertThat(items.get(1).text()).isEqualTo("You can't bring back jobs.");
  }
}
