package uk.ks1.app.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.schools.SchoolListDelivery;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.ExpectedSet;

/**
 * {@code ./ks1 schools set LAESTAB --collection C --year Y --expected yes|no --reason TEXT}: the
 * LA's correction of whom it expects a collection's returns from (a school excused, one DfE's list
 * misses, a school taking part in an optional collection). Sent as an event, so a rebuild keeps it;
 * the latest correction for a school, collection and year wins over DfE's list.
 */
@Command(
    name = "set",
    description = "Say whether the LA expects a school's return for a collection and year.",
    modelTransformer = SettingOptions.class)
public final class SchoolsSetCommand implements Callable<Integer> {
  @Parameters(paramLabel = "LAESTAB", description = "The school's 7-digit DfE number")
  String laestab;

  @Option(
      names = "--collection",
      required = true,
      description = "The collection: its id or short name (ks1, phonics, eyfsp)")
  String collection;

  @Option(
      names = "--expected",
      required = true,
      description = "yes (expected, or taking part) or no (excused)")
  String expected;

  @Option(names = "--reason", required = true, description = "Why, as the LA's list shows it")
  String reason;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String la = SchoolArguments.laOf(spec, laestab);
    boolean isExpected = SchoolArguments.yesNo(spec, "--expected", expected);
    CollectionDefinition d = CollectionChoice.one(Registered.collections(), collection);
    if (reason.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--reason must say why");
    }
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    int year = config.defaultYear(); // --year, the service's setting: the summer
    ExpectedSet event =
        new ExpectedSet(
            EventIds.random("expected"),
            la,
            laestab,
            d.id(),
            year,
            isExpected,
            reason.strip(),
            Clock.systemUTC().instant());
    return SchoolListOutcome.report(
        SchoolListDelivery.deliver(config, List.of(event)),
        "School "
            + laestab
            + " "
            + (isExpected ? "expected" : "not expected")
            + " for "
            + d.name()
            + " "
            + year
            + " ("
            + reason.strip()
            + ")",
        spec.commandLine().getOut());
  }
}
