package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `publish` reads from its arguments: files as given, directories as their files, sorted. */
class ArticleFilesTest {
  @TempDir Path dir;

  @Test
  void a_directory_stands_for_its_regular_files_in_name_order() throws Exception {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("b.txt"), "B.");
    Files.writeString(articles.resolve("a.txt"), "A.");
    Files.writeString(articles.resolve("c"), "C.");

    assertThat(ArticleFiles.expand(List.of(articles.toString())))
        .containsExactly(articles.resolve("a.txt").toString(), articles.resolve("b.txt").toString(),
            articles.resolve("c").toString());
  }

  @Test
  void hidden_files_and_subdirectories_of_a_directory_are_left_out() throws Exception {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "A.");
    Files.writeString(articles.resolve(".a.txt.swp"), "editor state");
    Files.createDirectory(articles.resolve("drafts"));
    Files.writeString(articles.resolve("drafts").resolve("d.txt"), "D.");

    assertThat(ArticleFiles.expand(List.of(articles.toString())))
        .containsExactly(articles.resolve("a.txt").toString());
  }

  @Test
  void files_and_stdin_are_kept_as_given_in_argument_order() throws Exception {
    Path b = Files.writeString(dir.resolve("b.txt"), "B.");
    Path a = Files.writeString(dir.resolve("a.txt"), "A.");

    assertThat(ArticleFiles.expand(List.of(b.toString(), "-", a.toString())))
        .containsExactly(b.toString(), "-", a.toString());
  }

  @Test
  void a_missing_path_is_named() {
    String missing = dir.resolve("nope.txt").toString();

    assertThatThrownBy(() -> ArticleFiles.expand(List.of(missing)))
        .isInstanceOf(UserException.class).hasMessage("no such file: " + missing);
  }
}
