package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** demo and bench throw their data folder away after a run, but not after one that failed. */
class TempFoldersTest {

  @Test
  void a_folder_is_deleted_after_a_run_that_went_through() throws Exception {
    Path folder = TempFolders.create("temp-folders-test");
    Files.writeString(folder.resolve("broker.log"), "ready");

    TempFolders.deleteOrKeep(folder, true);

    assertThat(folder).doesNotExist();
  }

  @Test
  void a_folder_is_kept_after_a_failed_run_so_the_log_the_error_names_can_be_read() throws Exception {
    Path folder = TempFolders.create("temp-folders-test");
    Files.writeString(folder.resolve("broker.log"), "the broker process exited");

    TempFolders.deleteOrKeep(folder, false);

    assertThat(folder.resolve("broker.log")).hasContent("the broker process exited");
    TempFolders.delete(folder);
  }
}
