package uk.ks1.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command run in this JVM as {@code ./ks1 ARGS...} would run it: its exit code and output. */
public record CommandRun(int exit, String out, String err) {
  public static CommandRun ks1(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Ks1.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CommandRun(exit, out.toString(), err.toString());
  }
}
