package uk.ks1.core.collection;

import java.util.List;
import java.util.Optional;

/**
 * Everything particular to one collection (KS1 TA, phonics, EYFSP), in one place: the generic
 * modules take whatever definitions the app registers and never name a collection's items, codes or
 * measures themselves. See docs/architecture.md, "Collections".
 */
public interface CollectionDefinition {

  /** The id events and the store carry: {@code KS1_TA}. */
  String id();

  /** How people name it: "KS1 teacher assessment". */
  String name();

  /** The year group it assesses: whom the list of expected schools expects it from. */
  YearGroup yearGroup();

  /** Its assessment items, in the order of its pupil table's columns. */
  List<Item> items();

  /** How files carry it (ingest). */
  CollectionIntake intake();

  /** Its own rules (validate). */
  CollectionRules rules();

  /** How the store keeps it and its summaries (aggregate). */
  CollectionStore store();

  /** What people see of it (reporting). */
  CollectionReporting reporting();

  /**
   * What the generator draws and writes, and the figures it checks (app's generate, bench); empty
   * for a collection that cannot be generated (no reference figures).
   */
  default Optional<CollectionSample> sample() {
    return Optional.empty();
  }

  default Optional<Item> item(String id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
