package uk.ks1.reporting.figures;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.reporting.access.Scope;

/**
 * Turns store figures into published cells for one caller: suppressed (docs/domain.md "Small
 * numbers") unless the caller's scope sees this level unsuppressed; national figures never are.
 */
public final class Disclosure {
  private final Scope scope;

  public Disclosure(Scope scope) {
    this.scope = scope;
  }

  /** Are this summary's small numbers suppressed for the caller? */
  public boolean suppresses(Summary s) {
    return suppresses(s.level(), s.laCode());
  }

  /** Are small numbers of this level (and LA, for an LA or a school) suppressed for the caller? */
  public boolean suppresses(Level level, String laCode) {
    return switch (level) {
      case NATIONAL -> false;
      case REGION -> !scope.seesUnsuppressedAboveLa();
      case LA, SCHOOL -> !scope.seesUnsuppressed(laCode);
    };
  }

  public Published publish(Summary s) {
    boolean suppress = suppresses(s);
    List<Published.MeasureFigures> measures = new ArrayList<>();
    for (Measure m : Measure.values()) {
      measures.add(measure(m, s.counts(m), suppress));
    }
    return new Published(
        levelName(s.level()),
        s.key(),
        s.name(),
        s.laCode(),
        s.region(),
        s.collection(),
        s.year(),
        Published.PROVISIONAL,
        suppress,
        new Published.Coverage(s.las(), s.schools(), s.pupils(), s.updatedAt()),
        measures,
        null);
  }

  /**
   * The gaps of {@code subject} to each comparator (this minus that, from unrounded values). A gap
   * is suppressed when either side's percentage is, so a gap never reveals a hidden figure.
   */
  public List<Published.Gaps> gaps(Summary subject, List<Summary> comparators) {
    List<Published.Gaps> out = new ArrayList<>();
    for (Summary other : comparators) {
      List<Published.Gap> gaps = new ArrayList<>();
      for (Measure m : Measure.values()) {
        Counts a = subject.counts(m);
        Counts b = other.counts(m);
        Hidden hide = new Hidden(suppresses(subject), suppresses(other));
        gaps.add(
            new Published.Gap(
                m.key(),
                gap(a, b, false, hide, false),
                gap(a, b, false, hide, true),
                m.hasGds() ? gap(a, b, true, hide, false) : Cell.NOT_APPLICABLE,
                m.hasGds() ? gap(a, b, true, hide, true) : Cell.NOT_APPLICABLE));
      }
      out.add(new Published.Gaps(levelName(other.level()), other.key(), other.name(), gaps));
    }
    return out;
  }

  /** Whether each side's small numbers are suppressed for the caller. */
  private record Hidden(boolean subject, boolean other) {}

  private static Object gap(Counts a, Counts b, boolean gds, Hidden hide, boolean rounded) {
    if (a == null || b == null) {
      return Cell.NOT_AVAILABLE;
    }
    if (a.eligible() == 0 || b.eligible() == 0) {
      return Cell.NOT_APPLICABLE;
    }
    long x1 = gds ? a.gds() : a.exsPlus();
    long x2 = gds ? b.gds() : b.exsPlus();
    if (!Cell.percentShown(x1, a.eligible(), hide.subject())
        || !Cell.percentShown(x2, b.eligible(), hide.other())) {
      return Cell.SUPPRESSED;
    }
    if (!rounded) {
      return Percent.gap(a, b, gds);
    }
    return Percent.roundedGap(x1, a.eligible(), x2, b.eligible());
  }

  private static Published.MeasureFigures measure(Measure m, Counts c, boolean suppress) {
    String note = m.isDfeMeasure() ? null : Measure.RWM_NOTE;
    if (c == null) {
      String x = Cell.NOT_AVAILABLE;
      String gds = m.hasGds() ? x : Cell.NOT_APPLICABLE;
      return new Published.MeasureFigures(
          m.key(), m.label(), m.isDfeMeasure(), note, x, x, x, x, gds, gds, gds);
    }
    Object gds = Cell.NOT_APPLICABLE;
    Object gdsPct = Cell.NOT_APPLICABLE;
    Object gdsRounded = Cell.NOT_APPLICABLE;
    if (m.hasGds()) {
      gds = Cell.count(c.gds(), suppress);
      gdsPct = Cell.percent(c.gds(), c.eligible(), suppress, false);
      gdsRounded = Cell.percent(c.gds(), c.eligible(), suppress, true);
    }
    return new Published.MeasureFigures(
        m.key(),
        m.label(),
        m.isDfeMeasure(),
        note,
        Cell.count(c.eligible(), suppress),
        Cell.count(c.exsPlus(), suppress),
        Cell.percent(c.exsPlus(), c.eligible(), suppress, false),
        Cell.percent(c.exsPlus(), c.eligible(), suppress, true),
        gds,
        gdsPct,
        gdsRounded);
  }

  static String levelName(Level level) {
    return switch (level) {
      case NATIONAL -> "national";
      case REGION -> "region";
      case LA -> "la";
      case SCHOOL -> "school";
    };
  }
}
