package uk.ks1.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures a set of counting pupils should give, computed here from first principles
 * (docs/domain.md "Measures") and independently of the product's SQL: eligible, EXS+, GDS per
 * subject and RWM.
 */
public final class ExpectedFigures {
  private static final Set<String> RWM_CODES =
      Set.of("GDS", "EXS", "WTS", "PK4", "PK3", "PK2", "PK1", "EM", "A", "Q");
  private static final Set<String> SCIENCE_CODES = Set.of("EXS", "HNM", "A", "Q");

  /**
   * The interim framework's codes, 2016-2018 (docs/domain.md "Result codes": BLW, PKF and D, no
   * PK1-PK4, EM).
   */
  private static final Set<String> LEGACY_RWM_CODES =
      Set.of("GDS", "EXS", "WTS", "PKF", "BLW", "A", "D");

  private static final Set<String> LEGACY_SCIENCE_CODES = Set.of("EXS", "HNM", "A", "D");

  /** One subject's figures; percentages unrounded, 0-100, null when nobody is eligible. */
  public record Measure(long eligible, long exsPlus, long gds) {
    public Double exsPlusPct() {
      return eligible == 0 ? null : 100.0 * exsPlus / eligible;
    }

    public Double gdsPct() {
      return eligible == 0 ? null : 100.0 * gds / eligible;
    }
  }

  /** The summary views' count columns, in the order {@link Figures#counts()} gives them. */
  public static final String COUNT_COLUMNS =
      "pupils, reading_eligible, reading_exs_plus, reading_gds, writing_eligible,"
          + " writing_exs_plus, writing_gds, maths_eligible, maths_exs_plus, maths_gds,"
          + " science_eligible, science_exs, rwm_eligible, rwm_exs_plus, rwm_gds";

  /** The figures for a group of pupils. */
  public record Figures(
      long pupils, Measure reading, Measure writing, Measure maths, Measure science, Measure rwm) {

    /** The counts as a store row of {@link #COUNT_COLUMNS} reads: values joined by '|'. */
    public String counts() {
      return Stream.of(
              pupils,
              reading.eligible(),
              reading.exsPlus(),
              reading.gds(),
              writing.eligible(),
              writing.exsPlus(),
              writing.gds(),
              maths.eligible(),
              maths.exsPlus(),
              maths.gds(),
              science.eligible(),
              science.exsPlus(),
              rwm.eligible(),
              rwm.exsPlus(),
              rwm.gds())
          .map(String::valueOf)
          .collect(Collectors.joining("|"));
    }
  }

  private ExpectedFigures() {}

  /** Figures for pupils whose records all count (2019+ codes); invalid codes leave a subject. */
  public static Figures of(Collection<TestPupil> pupils) {
    return of(pupils, RWM_CODES, SCIENCE_CODES);
  }

  /** The same for a legacy year (2016-2018) and its codes. */
  public static Figures legacy(Collection<TestPupil> pupils) {
    return of(pupils, LEGACY_RWM_CODES, LEGACY_SCIENCE_CODES);
  }

  private static Figures of(
      Collection<TestPupil> pupils, Set<String> rwmCodes, Set<String> scienceCodes) {
    List<TestPupil> list = new ArrayList<>(pupils);
    Measure reading = subject(list, 0, rwmCodes);
    Measure writing = subject(list, 1, rwmCodes);
    Measure maths = subject(list, 2, rwmCodes);
    long sciEligible = 0;
    long sciExs = 0;
    long rwmEligible = 0;
    long rwmExs = 0;
    long rwmGds = 0;
    for (TestPupil p : list) {
      if (p.science() != null && scienceCodes.contains(p.science())) {
        sciEligible++;
        if (p.science().equals("EXS")) {
          sciExs++;
        }
      }
      String[] rwm = {p.reading(), p.writing(), p.maths()};
      boolean allValid = true;
      boolean allExs = true;
      boolean allGds = true;
      for (String code : rwm) {
        allValid &= code != null && rwmCodes.contains(code);
        allExs &= "EXS".equals(code) || "GDS".equals(code);
        allGds &= "GDS".equals(code);
      }
      if (allValid) {
        rwmEligible++;
        rwmExs += allExs ? 1 : 0;
        rwmGds += allGds ? 1 : 0;
      }
    }
    return new Figures(
        list.size(),
        reading,
        writing,
        maths,
        new Measure(sciEligible, sciExs, 0),
        new Measure(rwmEligible, rwmExs, rwmGds));
  }

  private static Measure subject(List<TestPupil> pupils, int index, Set<String> codes) {
    long eligible = 0;
    long exs = 0;
    long gds = 0;
    for (TestPupil p : pupils) {
      String code = index == 0 ? p.reading() : index == 1 ? p.writing() : p.maths();
      if (code != null && codes.contains(code)) {
        eligible++;
        exs += code.equals("EXS") || code.equals("GDS") ? 1 : 0;
        gds += code.equals("GDS") ? 1 : 0;
      }
    }
    return new Measure(eligible, exs, gds);
  }
}
