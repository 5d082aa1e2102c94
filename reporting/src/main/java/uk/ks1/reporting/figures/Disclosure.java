package uk.ks1.reporting.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.reporting.access.Scope;

/**
 * Turns store figures into published cells for one caller: unsuppressed where the caller's scope
 * sees the level (an LA's own LA and schools; everything for analysts; England for everyone), and
 * elsewhere the published view of docs/disclosure.md, whose hidden cells {@link PublishedCells}
 * decides for every table at once. A school's published figures carry no count: percentages rounded
 * half up, and its pupils in a cohort band.
 */
public final class Disclosure {
  private final Scope scope;
  private final Supplier<PublishedCells> cells;
  private PublishedCells read;

  /** {@code cells}: the year's published view, asked for only if the caller needs it. */
  public Disclosure(Scope scope, Supplier<PublishedCells> cells) {
    this.scope = scope;
    this.cells = cells;
  }

  private PublishedCells cells() {
    if (read == null) {
      read = cells.get();
    }
    return read;
  }

  /** Does the caller get this summary's published (suppressed) view? */
  public boolean suppresses(Summary s) {
    return suppresses(s.level(), s.laCode());
  }

  /** Does the caller get the published view of this level (and LA, for an LA or a school)? */
  public boolean suppresses(Level level, String laCode) {
    return switch (level) {
      case NATIONAL -> false;
      case REGION -> !scope.seesUnsuppressedAboveLa();
      case LA, SCHOOL -> !scope.seesUnsuppressed(laCode);
    };
  }

  /** Is this code's count hidden from the caller? (Schools' distributions are not published.) */
  public boolean codeHidden(Level level, String key, String laCode, String subject, String code) {
    return suppresses(level, laCode) && cells().codeHidden(level, key, subject, code);
  }

  public Published publish(Summary s) {
    boolean suppress = suppresses(s);
    List<Published.MeasureFigures> measures = new ArrayList<>();
    for (Measure m : Measure.values()) {
      measures.add(measure(s, m, suppress));
    }
    boolean school = s.level() == Level.SCHOOL;
    Object pupils = suppress && school ? PublishedCells.band(s.pupils()) : s.pupils();
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
        new Published.Coverage(s.las(), s.schools(), pupils, s.updatedAt()),
        measures,
        null);
  }

  /**
   * The gaps of {@code subject} to each comparator (this minus that). A gap is suppressed when
   * either side's percentage is, so a gap never reveals a hidden figure; a published school's gap
   * is worked out from its published whole-number percentage, so it says no more than that does.
   */
  public List<Published.Gaps> gaps(Summary subject, List<Summary> comparators) {
    List<Published.Gaps> out = new ArrayList<>();
    for (Summary other : comparators) {
      List<Published.Gap> gaps = new ArrayList<>();
      for (Measure m : Measure.values()) {
        gaps.add(
            new Published.Gap(
                m.key(),
                gap(subject, other, m, false, false),
                gap(subject, other, m, false, true),
                m.hasGds() ? gap(subject, other, m, true, false) : Cell.NOT_APPLICABLE,
                m.hasGds() ? gap(subject, other, m, true, true) : Cell.NOT_APPLICABLE));
      }
      out.add(new Published.Gaps(levelName(other.level()), other.key(), other.name(), gaps));
    }
    return out;
  }

  private Object gap(Summary s, Summary o, Measure m, boolean gds, boolean rounded) {
    Counts a = s.counts(m);
    Counts b = o.counts(m);
    if (a == null || b == null) {
      return Cell.NOT_AVAILABLE;
    }
    if (a.eligible() == 0 || b.eligible() == 0) {
      return Cell.NOT_APPLICABLE;
    }
    PublishedCells.Stat stat = gds ? PublishedCells.Stat.GDS : PublishedCells.Stat.EXS_PLUS;
    if (!percentShown(s, m, stat) || !percentShown(o, m, stat)) {
      return Cell.SUPPRESSED;
    }
    long x1 = gds ? a.gds() : a.exsPlus();
    long x2 = gds ? b.gds() : b.exsPlus();
    if (roundedOnly(s)) {
      long gap = Percent.rounded(x1, a.eligible()) - Percent.rounded(x2, b.eligible());
      return rounded ? (Object) gap : (double) gap;
    }
    if (!rounded) {
      return Percent.gap(a, b, gds);
    }
    return Percent.roundedGap(x1, a.eligible(), x2, b.eligible());
  }

  /** A school in the published view: whole-number percentages only. */
  private boolean roundedOnly(Summary s) {
    return s.level() == Level.SCHOOL && suppresses(s);
  }

  private boolean percentShown(Summary s, Measure m, PublishedCells.Stat stat) {
    if (!suppresses(s)) {
      return true;
    }
    return !cells().hidden(s, m, stat)
        && (s.level() == Level.SCHOOL || !cells().hidden(s, m, PublishedCells.Stat.ELIGIBLE));
  }

  private Published.MeasureFigures measure(Summary s, Measure m, boolean suppress) {
    Counts c = s.counts(m);
    String note = m.isDfeMeasure() ? null : Measure.RWM_NOTE;
    if (c == null) {
      String x = Cell.NOT_AVAILABLE;
      String gds = m.hasGds() ? x : Cell.NOT_APPLICABLE;
      return new Published.MeasureFigures(
          m.key(), m.label(), m.isDfeMeasure(), note, x, x, x, x, gds, gds, gds);
    }
    boolean school = s.level() == Level.SCHOOL && suppress;
    Object gds = Cell.NOT_APPLICABLE;
    Object gdsPct = Cell.NOT_APPLICABLE;
    Object gdsRounded = Cell.NOT_APPLICABLE;
    if (m.hasGds()) {
      gds = count(s, m, PublishedCells.Stat.GDS, c.gds(), suppress);
      gdsPct = percent(s, m, PublishedCells.Stat.GDS, c.gds(), c.eligible(), suppress, false);
      gdsRounded = percent(s, m, PublishedCells.Stat.GDS, c.gds(), c.eligible(), suppress, true);
    }
    return new Published.MeasureFigures(
        m.key(),
        m.label(),
        m.isDfeMeasure(),
        note,
        count(s, m, PublishedCells.Stat.ELIGIBLE, c.eligible(), suppress),
        count(s, m, PublishedCells.Stat.EXS_PLUS, c.exsPlus(), suppress),
        percent(s, m, PublishedCells.Stat.EXS_PLUS, c.exsPlus(), c.eligible(), suppress, false),
        percent(s, m, PublishedCells.Stat.EXS_PLUS, c.exsPlus(), c.eligible(), suppress, true),
        school ? null : gds,
        gdsPct,
        gdsRounded);
  }

  /** A count as published: none at all for a school (null: left out), else a number or c. */
  private Object count(Summary s, Measure m, PublishedCells.Stat stat, long v, boolean suppress) {
    if (!suppress) {
      return v;
    }
    if (s.level() == Level.SCHOOL) {
      return null;
    }
    return cells().hidden(s, m, stat) ? Cell.SUPPRESSED : v;
  }

  /**
   * A percentage as published: unrounded or rounded half up, or the symbol that stands for it; a
   * published school's is the rounded figure in both places.
   */
  private Object percent(
      Summary s,
      Measure m,
      PublishedCells.Stat stat,
      long count,
      long eligible,
      boolean suppress,
      boolean rounded) {
    if (eligible == 0) {
      return Cell.NOT_APPLICABLE;
    }
    if (suppress && !percentShown(s, m, stat)) {
      return Cell.SUPPRESSED;
    }
    if (roundedOnly(s)) {
      return Percent.rounded(count, eligible);
    }
    return rounded ? (Object) Percent.rounded(count, eligible) : Percent.of(count, eligible);
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
