package org.newsstream.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A name for this instance that survives restarts: kept in the data folder, so the same folder is
 * the same instance. Kafka Streams uses it as the consumers' {@code group.instance.id} (static
 * membership): a restarted instance takes its old place in the group at once, instead of the
 * group waiting out the dead member's session before anyone gets its partitions back.
 */
public final class InstanceIdentity {
  static final String FILE = "instance.id";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private InstanceIdentity() {}

  public static String of(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        String id = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (VALID.matcher(id).matches()) {
          return id;
        }
      }
      Files.createDirectories(dataDir);
      String id = UUID.randomUUID().toString();
      // Written whole or not at all: a crash mid-write must not leave a half id behind.
      Path temp = Files.createTempFile(dataDir, FILE, ".tmp");
      Files.writeString(temp, id + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file + ": " + e.getMessage(), e);
    }
  }
}
