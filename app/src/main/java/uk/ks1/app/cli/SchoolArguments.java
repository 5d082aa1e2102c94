package uk.ks1.app.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import uk.ks1.core.identity.LaRegistry;

/** The arguments the list commands share, checked as a person would be told. */
final class SchoolArguments {
  private SchoolArguments() {}

  /** The LA of a 7-digit LAESTAB whose first three digits are a current LA's code. */
  static String laOf(CommandSpec spec, String laestab) {
    if (laestab == null || !laestab.matches("\\d{7}")) {
      throw new ParameterException(
          spec.commandLine(),
          "'" + laestab + "' is not a school's 7-digit DfE number (LA code and 4 digits, 3302001)");
    }
    String la = laestab.substring(0, 3);
    if (!LaRegistry.standard().isCurrent(la)) {
      throw new ParameterException(
          spec.commandLine(),
          laestab + " starts with " + la + ", not one of the 153 English LA codes");
    }
    return la;
  }

  /** {@code --la}: a current LA's 3-digit code (null: none given, every LA). */
  static String la(CommandSpec spec, String la) {
    if (la != null && !LaRegistry.standard().isCurrent(la)) {
      throw new ParameterException(
          spec.commandLine(), "--la " + la + " is not one of the 153 English LA codes");
    }
    return la;
  }

  /** Whether the data folder has a store; says so on {@code err} when it has none. */
  static boolean hasStore(java.nio.file.Path data, java.io.PrintWriter err, String otherwise) {
    java.nio.file.Path store = uk.ks1.app.pipeline.Ks1Config.storeIn(data);
    if (java.nio.file.Files.isRegularFile(store)) {
      return true;
    }
    err.printf("No store at %s: %s.%n", store, otherwise);
    return false;
  }

  static boolean yesNo(CommandSpec spec, String option, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true" -> true;
      case "no", "n", "false" -> false;
      default ->
          throw new ParameterException(
              spec.commandLine(), option + " " + value + ": say yes or no");
    };
  }
}
