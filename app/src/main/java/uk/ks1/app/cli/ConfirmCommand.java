package uk.ks1.app.cli;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.aggregate.schools.Confirmations;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.schools.SchoolListDelivery;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.SchoolConfirmed;

/**
 * {@code ./ks1 confirm LAESTAB --collection C [--year Y] --by NAME [--note TEXT]}: records the
 * headteacher's confirmation of the school's return (who, when, and the note explaining any queries
 * left open). A later file from the school returns it to received until it is confirmed again. When
 * this command runs the pipeline, it refuses a school whose return is not received without errors.
 */
@Command(
    name = "confirm",
    description = "Record a headteacher's confirmation of a school's return.",
    modelTransformer = SettingOptions.class)
public final class ConfirmCommand implements Callable<Integer> {
  /** Exit code when the store refuses: the school's return cannot be confirmed yet. */
  public static final int REFUSED = 2;

  @Parameters(paramLabel = "LAESTAB", description = "The school's 7-digit DfE number")
  String laestab;

  @Option(
      names = "--collection",
      required = true,
      description = "The collection: its id or short name (ks1, phonics, eyfsp)")
  String collection;

  @Option(names = "--by", required = true, description = "Who confirmed (the headteacher)")
  String by;

  @Option(names = "--note", description = "Why any queries left open are right")
  String note;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String la = SchoolArguments.laOf(spec, laestab);
    CollectionDefinition d = CollectionChoice.one(Registered.collections(), collection);
    if (by.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--by must name who confirmed");
    }
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    int summer = config.defaultYear(); // --year, the service's setting: the summer
    SchoolConfirmed event =
        new SchoolConfirmed(
            EventIds.random("confirmed"),
            la,
            laestab,
            d.id(),
            summer,
            by.strip(),
            note == null || note.isBlank() ? null : note.strip(),
            Clock.systemUTC().instant());
    String what = "School " + laestab + "'s " + d.name() + " " + summer + " confirmed by " + by;
    try {
      return SchoolListOutcome.report(
          SchoolListDelivery.deliver(
              config, List.of(event), store -> refusal(store, d.id(), summer)),
          what,
          spec.commandLine().getOut());
    } catch (SchoolListDelivery.Refused r) {
      spec.commandLine().getErr().println(r.getMessage());
      return REFUSED;
    }
  }

  /** Why the school's return cannot be confirmed, if it cannot: only a return without errors. */
  private Optional<String> refusal(
      uk.ks1.aggregate.store.Store store, String collectionId, int summer)
      throws java.sql.SQLException {
    try (Connection c = store.reader()) {
      return Confirmations.refusal(c, laestab, collectionId, summer);
    }
  }
}
