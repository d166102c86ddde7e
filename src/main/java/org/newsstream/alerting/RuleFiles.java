package org.newsstream.alerting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsstream.schema.AlertRule;

/**
 * Reads rule files: YAML or JSON (JSON is YAML), either a list of rules or {@code {rules: [...]}}.
 * Every rule is compiled and checked; one bad rule rejects the file with a message naming it.
 */
public final class RuleFiles {
  /** The rules that ship with Newsstream, used when no rules file is given. */
  public static final String DEFAULT_RULES = "rules/default-rules.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  private RuleFiles() {}

  record Document(List<RuleDefinition> rules) {}

  public static List<AlertRule> read(Path file, String defaultTopic) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString(), defaultTopic);
    } catch (NoSuchFileException e) {
      throw new InvalidRuleException("rules file not found: " + file);
    } catch (IOException e) {
      throw new InvalidRuleException("cannot read rules file " + file + ": " + e.getMessage());
    }
  }

  public static List<AlertRule> readDefaults(String defaultTopic) {
    try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(DEFAULT_RULES)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_RULES + " is missing from the classpath");
      }
      return parse(in, DEFAULT_RULES, defaultTopic);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<AlertRule> parse(InputStream in, String name, String defaultTopic) throws IOException {
    List<RuleDefinition> definitions;
    try {
      var tree = YAML.readTree(in);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new InvalidRuleException(name + ": no rules in the file");
      }
      definitions = tree.isArray()
          ? List.of(YAML.treeToValue(tree, RuleDefinition[].class))
          : YAML.treeToValue(tree, Document.class).rules();
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidRuleException(name + ": unknown field '" + e.getPropertyName()
          + "'; known fields: " + e.getKnownPropertyIds());
    } catch (JsonProcessingException e) {
      throw new InvalidRuleException(name + ": " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    }
    if (definitions == null || definitions.isEmpty()) {
      throw new InvalidRuleException(name + ": no rules in the file");
    }
    List<AlertRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RuleDefinition definition : definitions) {
      AlertRule rule = RuleCompiler.compile(definition, defaultTopic);
      if (!ids.add(rule.getId())) {
        throw new InvalidRuleException(name + ": rule id '" + rule.getId() + "' appears twice");
      }
      rules.add(rule);
    }
    return rules;
  }
}
