package org.newsstream.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CheckThat! 2024 task 1 English TSV files: header {@code Sentence_id TAB Text TAB
 * class_label}, text optionally double-quoted with {@code ""} escapes (Python csv quoting).
 */
public final class CheckThatData {
  /** One sentence and whether it is check-worthy. */
  public record Item(String id, String text, boolean checkworthy) {}

  /** The label glued to the next record's id where upstream lost a line break ("No29286"). */
  private static final Pattern GLUED = Pattern.compile("^(Yes|No)(\\d+)$");

  private CheckThatData() {}

  public static List<Item> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses the file's content; the header line is skipped. */
  public static List<Item> parse(String content) {
    List<String> fields = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == '\t' || c == '\n') {
        fields.add(field.toString().replace("\r", ""));
        field.setLength(0);
        fieldStart = true;
        if (c == '\n') {
          rows.add(fields);
          fields = new ArrayList<>();
        }
      } else {
        field.append(c);
        fieldStart = false;
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString().replace("\r", ""));
      rows.add(fields);
    }
    List<Item> items = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      addRow(rows.get(r), items);
    }
    return items;
  }

  private static void addRow(List<String> row, List<Item> items) {
    if (row.size() == 5) {
      Matcher glued = GLUED.matcher(row.get(2).strip());
      if (glued.matches()) {
        items.add(new Item(row.get(0).strip(), row.get(1), glued.group(1).equals("Yes")));
        items.add(new Item(glued.group(2), row.get(3), row.get(4).strip().equals("Yes")));
        return;
      }
    }
    if (row.size() >= 3) {
      items.add(new Item(row.get(0).strip(), row.get(1), row.get(2).strip().equals("Yes")));
    }
  }
}
