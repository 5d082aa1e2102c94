package uk.ks1.ingest.ctf;

import java.util.HashMap;
import java.util.Map;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.IntakeWording;

/**
 * One registered collection as a CTF carries it: which {@code StageAssessment} rows are its results
 * and which item each (Subject, Component) pair gives, from its definition's {@link CtfRows}.
 * Matching is a plain comparison per row (a national load reads millions of them).
 */
final class CtfCollection {
  private final CollectionDefinition definition;
  private final String[] stages;
  private final String[] methods;
  private final String[] subjects;
  private final Map<String, CtfRows.Component> pairs = new HashMap<>();
  private final Map<String, CtfRows.Component> byComponent = new HashMap<>();

  CtfCollection(CollectionDefinition definition) {
    this.definition = definition;
    CtfRows rows = definition.intake().ctf();
    this.stages = rows.stages().toArray(String[]::new);
    this.methods = rows.methods().toArray(String[]::new);
    this.subjects = rows.subjects().toArray(String[]::new);
    for (CtfRows.Component c : rows.components()) {
      if (definition.item(c.item()).isEmpty()) {
        throw new IllegalArgumentException(
            definition.id()
                + "'s CTF pair "
                + c.subject()
                + "/"
                + c.component()
                + " gives no item of it: "
                + c.item());
      }
      pairs.put(CtfRows.key(c.subject(), c.component()), c);
      if (rows.keyedOnComponent()) {
        byComponent.putIfAbsent(CtfRows.key("", c.component()), c);
      }
    }
  }

  String id() {
    return definition.id();
  }

  IntakeWording wording() {
    return definition.intake().wording();
  }

  /** The first pair of each item: what an unknown pair's query says is known. */
  String known() {
    return definition.intake().ctf().known();
  }

  boolean hasStage(CtfAssessment a) {
    return any(stages, a.stage());
  }

  /** Whether the row is one of the collection's results (whether or not it knows the pair). */
  boolean claims(CtfAssessment a) {
    return any(stages, a.stage())
        && (methods.length == 0 || any(methods, a.method()))
        && (subjects.length == 0 || any(subjects, a.subject()));
  }

  /**
   * The item the row's (Subject, Component) gives, or null when the collection does not know it.
   */
  String item(CtfAssessment a) {
    CtfRows.Component c = component(a);
    return c == null ? null : c.itemFor(a.result());
  }

  /**
   * The Subject the row's Component belongs to when the collection is keyed on Components and the
   * row gives another (EYFSP's E01 under LIT, not COM); null when the pair is known or unknown.
   */
  String expectedSubject(CtfAssessment a) {
    if (byComponent.isEmpty() || pairs.containsKey(CtfRows.key(a.subject(), a.component()))) {
      return null;
    }
    CtfRows.Component c = byComponent.get(CtfRows.key("", a.component()));
    return c == null ? null : c.subject();
  }

  private CtfRows.Component component(CtfAssessment a) {
    CtfRows.Component c = pairs.get(CtfRows.key(a.subject(), a.component()));
    if (c == null && !byComponent.isEmpty()) {
      c = byComponent.get(CtfRows.key("", a.component()));
    }
    return c;
  }

  private static boolean any(String[] codes, String code) {
    if (code == null) {
      return false;
    }
    for (String c : codes) {
      if (c.equalsIgnoreCase(code)) {
        return true;
      }
    }
    return false;
  }
}
