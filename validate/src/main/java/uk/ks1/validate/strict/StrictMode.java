package uk.ks1.validate.strict;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import uk.ks1.core.event.Effect;
import uk.ks1.core.rule.RuleDefinition;

/**
 * An LA's choice to count a school's data only when it has no errors at all: in strict mode a
 * submission with any error is an upload error as a whole (X02), and the school's current data
 * stays as it was. Off for every LA unless configured.
 */
public final class StrictMode {
  public static final RuleDefinition RULE =
      RuleDefinition.error(
              "X02",
              Effect.FILE,
              "Any error in a submission from an LA in strict mode",
              "No errors: this LA counts a school's data only when it has none")
          .withMessage(
              "{field}: LA {la} accepts only submissions without errors (strict mode), and this"
                  + " one has {errors} error(s), so nothing of it counts. Correct them and send the"
                  + " file again. Allowed: {allowed}.");

  private static final StrictMode OFF = new StrictMode(Set.of());

  private final Set<String> las;

  private StrictMode(Collection<String> las) {
    this.las = Set.copyOf(las);
  }

  public static StrictMode off() {
    return OFF;
  }

  public static StrictMode forLas(Collection<String> laCodes) {
    return new StrictMode(laCodes);
  }

  public boolean appliesTo(String laCode) {
    return las.contains(laCode);
  }

  /** The LA codes in strict mode, in order. */
  public Set<String> las() {
    return new TreeSet<>(las);
  }
}
