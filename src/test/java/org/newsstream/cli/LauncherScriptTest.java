package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/newsstream} rebuilds when a source changed since the build began, and two first runs
 * at once build once. Runs a copy of the script in a scratch checkout, with stand-ins for Maven
 * (which logs each build) and java on the PATH.
 */
class LauncherScriptTest {
  @TempDir Path checkout;
  private Path builds;
  private Path fakes;

  @BeforeEach
  void scratchCheckout() throws IOException {
    Files.createDirectories(checkout.resolve("bin"));
    Files.copy(Path.of("bin/newsstream"), checkout.resolve("bin/newsstream"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(checkout.resolve("src/main/java"));
    Files.createDirectories(checkout.resolve("schemas"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>");
    Files.writeString(checkout.resolve("src/main/java/A.java"), "class A {}");
    builds = checkout.resolve("builds.log");
    fakes = Files.createDirectory(checkout.resolve("fakes"));
    // A build that takes a moment, during which it may save a source file, as an editor would.
    executable("mvn", """
        #!/usr/bin/env bash
        echo build >> "$BUILDS"
        sleep 0.5
        if [[ -n "${SAVE_DURING_BUILD:-}" ]]; then touch "$SAVE_DURING_BUILD"; fi
        sleep 0.1
        mkdir -p target/classes && echo /nowhere.jar > target/runtime-classpath.txt
        """);
    executable("java", "#!/usr/bin/env bash\necho ran\n");
  }

  @Test
  void a_source_saved_during_a_build_is_rebuilt_on_the_next_run() throws Exception {
    Process first = start("SAVE_DURING_BUILD", checkout.resolve("src/main/java/A.java").toString());
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Process second = start("SAVE_DURING_BUILD", "");
    assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(Files.readAllLines(builds)).hasSize(2);
  }

  @Test
  void an_unchanged_checkout_is_not_rebuilt() throws Exception {
    assertThat(start("SAVE_DURING_BUILD", "").waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(start("SAVE_DURING_BUILD", "").waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(Files.readAllLines(builds)).hasSize(1);
  }

  @Test
  void two_first_runs_at_once_build_once_and_both_run() throws Exception {
    assumeTrue(onPath("flock"), "flock (util-linux) is not installed");
    List<Process> runs = new ArrayList<>();
    runs.add(start("SAVE_DURING_BUILD", ""));
    runs.add(start("SAVE_DURING_BUILD", ""));

    for (Process run : runs) {
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(new String(run.getInputStream().readAllBytes())).isEqualTo("ran\n");
    }
    assertThat(Files.readAllLines(builds)).hasSize(1);
  }

  private Process start(String name, String value) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("bin/newsstream").toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PATH", fakes + ":" + System.getenv("PATH"));
    builder.environment().put("BUILDS", builds.toString());
    builder.environment().put(name, value);
    return builder.start();
  }

  private void executable(String name, String script) throws IOException {
    Path file = fakes.resolve(name);
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv("PATH").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
