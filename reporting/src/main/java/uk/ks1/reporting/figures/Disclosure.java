package uk.ks1.reporting.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.reporting.access.Scope;

/**
 * Turns store figures into published cells for one caller: unsuppressed where the caller's scope
 * sees the level (an LA's own LA and schools; everything for analysts; England for everyone), and
 * elsewhere the published view of docs/disclosure.md, whose hidden cells {@link PublishedCells}
 * decides for every table at once. A school's published figures carry no count: percentages rounded
 * half up, and its pupils in a cohort band.
 */
public final class Disclosure {
  private final CollectionReporting collection;
  private final Scope scope;
  private final Supplier<PublishedCells> cells;
  private PublishedCells read;

  /**
   * The figures of {@code collection} (its measures, in its words) for a caller; {@code cells}: the
   * year's published view, asked for only if the caller needs it.
   */
  public Disclosure(CollectionReporting collection, Scope scope, Supplier<PublishedCells> cells) {
    this.collection = collection;
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
    for (ReportedMeasure m : collection.measures()) {
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
      for (ReportedMeasure m : collection.measures()) {
        gaps.add(
            new Published.Gap(
                collection.stats(),
                m.key(),
                gap(subject, other, m, false, false),
                gap(subject, other, m, false, true),
                m.hasHigher() ? gap(subject, other, m, true, false) : Cell.NOT_APPLICABLE,
                m.hasHigher() ? gap(subject, other, m, true, true) : Cell.NOT_APPLICABLE));
      }
      out.add(new Published.Gaps(levelName(other.level()), other.key(), other.name(), gaps));
    }
    return out;
  }

  private Object gap(Summary s, Summary o, ReportedMeasure m, boolean higher, boolean rounded) {
    Counts a = s.counts(m);
    Counts b = o.counts(m);
    if (a == null || b == null) {
      return Cell.NOT_AVAILABLE;
    }
    if (a.eligible() == 0 || b.eligible() == 0) {
      return Cell.NOT_APPLICABLE;
    }
    PublishedCells.Stat stat = higher ? PublishedCells.Stat.HIGHER : PublishedCells.Stat.MET;
    if (!percentShown(s, m, stat) || !percentShown(o, m, stat)) {
      return Cell.SUPPRESSED;
    }
    long x1 = higher ? a.higher() : a.met();
    long x2 = higher ? b.higher() : b.met();
    if (roundedOnly(s)) {
      long gap = Percent.rounded(x1, a.eligible()) - Percent.rounded(x2, b.eligible());
      return rounded ? (Object) gap : (double) gap;
    }
    if (!rounded) {
      return Percent.gap(a, b, higher);
    }
    return Percent.roundedGap(x1, a.eligible(), x2, b.eligible());
  }

  /** A school in the published view: whole-number percentages only. */
  private boolean roundedOnly(Summary s) {
    return s.level() == Level.SCHOOL && suppresses(s);
  }

  private boolean percentShown(Summary s, ReportedMeasure m, PublishedCells.Stat stat) {
    if (!suppresses(s)) {
      return true;
    }
    return !cells().hidden(s, m, stat)
        && (s.level() == Level.SCHOOL || !cells().hidden(s, m, PublishedCells.Stat.ELIGIBLE));
  }

  /**
   * The DfE's published figure beside a provisional one: for England, a region or an LA (the DfE's
   * school figures are not held), the latest published for the figures' year or before, or x; null
   * for a school, or when the collection has no published figures at all.
   */
  Object dfe(Summary s, ReportedMeasure m) {
    PublishedFigures published = collection.published();
    PublishedFigures.Level level =
        switch (s.level()) {
          case NATIONAL -> PublishedFigures.Level.NATIONAL;
          case REGION -> PublishedFigures.Level.REGION;
          case LA -> PublishedFigures.Level.LA;
          case SCHOOL -> null;
        };
    if (level == null || published.isEmpty()) {
      return null;
    }
    String key = level == PublishedFigures.Level.NATIONAL ? PublishedFigures.ENGLAND : s.key();
    if (key == null) {
      return Cell.NOT_AVAILABLE;
    }
    List<PublishedFigures.Point> trend = published.seriesTo(level, key, m.key(), s.year());
    if (trend.isEmpty()) {
      return Cell.NOT_AVAILABLE;
    }
    PublishedFigures.Point last = trend.get(trend.size() - 1);
    return new Published.DfeFigure(last.year(), last.percent(), trend);
  }

  private Published.MeasureFigures measure(Summary s, ReportedMeasure m, boolean suppress) {
    Counts c = s.counts(m);
    String note = m.note();
    Object dfe = dfe(s, m);
    if (c == null) {
      String x = Cell.NOT_AVAILABLE;
      String higher = m.hasHigher() ? x : Cell.NOT_APPLICABLE;
      return new Published.MeasureFigures(
          collection.stats(),
          m.key(),
          m.label(),
          m.official(),
          note,
          x,
          x,
          x,
          x,
          higher,
          higher,
          higher,
          dfe);
    }
    boolean school = s.level() == Level.SCHOOL && suppress;
    Object higher = Cell.NOT_APPLICABLE;
    Object higherPct = Cell.NOT_APPLICABLE;
    Object higherRounded = Cell.NOT_APPLICABLE;
    PublishedCells.Stat h = PublishedCells.Stat.HIGHER;
    if (m.hasHigher()) {
      higher = count(s, m, h, c.higher(), suppress);
      higherPct = percent(s, m, h, c.higher(), c.eligible(), suppress, false);
      higherRounded = percent(s, m, h, c.higher(), c.eligible(), suppress, true);
    }
    PublishedCells.Stat met = PublishedCells.Stat.MET;
    return new Published.MeasureFigures(
        collection.stats(),
        m.key(),
        m.label(),
        m.official(),
        note,
        count(s, m, PublishedCells.Stat.ELIGIBLE, c.eligible(), suppress),
        count(s, m, met, c.met(), suppress),
        percent(s, m, met, c.met(), c.eligible(), suppress, false),
        percent(s, m, met, c.met(), c.eligible(), suppress, true),
        school ? null : higher,
        higherPct,
        higherRounded,
        dfe);
  }

  /** A count as published: none at all for a school (null: left out), else a number or c. */
  private Object count(
      Summary s, ReportedMeasure m, PublishedCells.Stat stat, long v, boolean suppress) {
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
      ReportedMeasure m,
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
