package uk.ks1.app.cli;

import java.io.PrintWriter;
import uk.ks1.app.schools.SchoolListDelivery;

/** What the list commands say once their events are delivered. */
final class SchoolListOutcome {
  private SchoolListOutcome() {}

  /** Says what became of the change; the exit code (1 if the store had not shown it yet). */
  static int report(SchoolListDelivery.Outcome outcome, String what, PrintWriter out) {
    switch (outcome) {
      case SENT_TO_SERVICE -> {
        out.printf("%s: Kafka took it; the running service applies it as it reads it.%n", what);
        return 0;
      }
      case STORED -> {
        out.printf("%s: in the store and the analysts' snapshot.%n", what);
        return 0;
      }
      default -> {
        out.printf(
            "%s: Kafka took it, but the store had not shown it after 60 s; it will when the"
                + " pipeline next runs.%n",
            what);
        return 1;
      }
    }
  }
}
