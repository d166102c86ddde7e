package org.newsstream.cli;

import org.newsstream.alerting.InvalidRuleException;
import org.newsstream.broker.BrokerStartException;
import org.newsstream.config.ConfigException;
import org.newsstream.kafka.BrokerUnavailableException;
import org.newsstream.streams.PipelineStartException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsstream} command line. */
@Command(name = "newsstream", mixinStandardHelpOptions = true, version = "newsstream 0.1.0",
    description = {"Real-time news enrichment and alerting on Apache Kafka.", ""},
    subcommands = {DemoCommand.class, RunCommand.class, PublishCommand.class, TailCommand.class,
        AnnotateCommand.class, RulesCommand.class, EvalCommand.class, TrainClaimsCommand.class,
        BenchCommand.class, DeadLettersCommand.class, ChaosCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Start here:", "  bin/newsstream demo        the seed article through a real broker",
        "  bin/newsstream run         keep the pipeline up; then `publish` and `tail` from another shell",
        "", "Every command has --help."})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String... args) {
    return execute(new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs a command line; errors and usage go to {@code err}. */
  static int execute(java.io.PrintWriter err, String... args) {
    org.newsstream.serde.TrustedPackages.install();
    CommandLine cli = new CommandLine(new Main());
    // Descriptions are written as lines of up to 100 characters; at picocli's default 80 they
    // would wrap mid-sentence.
    cli.setUsageHelpWidth(100);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      String message = userMessage(e);
      if (message == null) {
        throw e;
      }
      commandLine.getErr().println("newsstream: error: " + message);
      return 2;
    });
    return cli.execute(args);
  }

  /** The one-line message of a mistake the user can fix, or null for a bug (stack trace). */
  static String userMessage(Throwable e) {
    if (e instanceof UserException || e instanceof ConfigException
        || e instanceof InvalidRuleException || e instanceof BrokerStartException
        || e instanceof BrokerUnavailableException || e instanceof PipelineStartException) {
      return e.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof java.nio.charset.MalformedInputException) {
      return "input is not UTF-8 text";
    }
    return null;
  }
}
