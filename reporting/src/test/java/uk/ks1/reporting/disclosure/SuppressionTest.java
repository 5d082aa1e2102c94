package uk.ks1.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ks1.reporting.disclosure.Suppression.Form;

class SuppressionTest {
  @Test
  void aHiddenCellInATableWithAPublishedTotalTakesTheNextSmallestWithIt() {
    Suppression s = new Suppression();
    int total = s.cell("region", 30, Form.COUNT, null, true);
    int a = s.cell("la A", 2, Form.COUNT, "A", true);
    int b = s.cell("la B", 8, Form.COUNT, "B", true);
    int c = s.cell("la C", 20, Form.COUNT, "C", true);
    s.sum(total, a, b, c);
    s.hide(a);
    assertThat(s.solve()).isEmpty();
    // B alone would fall to region - B - C; and B's own LA, knowing B, would get A back unless C
    // is hidden too
    assertThat(s.hidden(a)).isTrue();
    assertThat(s.hidden(b)).isTrue();
    assertThat(s.hidden(c)).isTrue();
    assertThat(s.hidden(total)).isFalse();
  }

  @Test
  void aComplementOfOneOrTwoHidesTheCountItFollowsFrom() {
    Suppression s = new Suppression();
    int eligible = s.cell("E", 10, Form.COUNT, null, true);
    int exsPlus = s.cell("P", 9, Form.COUNT, null, true);
    int below = s.cell("B", 1, Form.HELD, null, true);
    s.sum(eligible, exsPlus, below);
    assertThat(s.solve()).isEmpty();
    assertThat(s.hidden(exsPlus)).isTrue(); // the smallest published cell of the sum
    assertThat(s.hidden(eligible)).isFalse();
  }

  @Test
  void aZeroIsNeverTheComplementAndAnOpenTotalCannotBeHidden() {
    Suppression s = new Suppression();
    int england = s.cell("England", 5, Form.OPEN, null, true);
    int north = s.cell("North", 1, Form.COUNT, null, true);
    int south = s.cell("South", 4, Form.COUNT, null, true);
    int west = s.cell("West", 0, Form.COUNT, null, true);
    s.sum(england, north, south, west);
    s.hide(north);
    assertThat(s.solve()).isEmpty();
    assertThat(s.hidden(south)).isTrue();
    assertThat(s.hidden(west)).isFalse();
  }

  @Test
  void whatCannotBeProtectedIsNamed() {
    Suppression s = new Suppression();
    int england = s.cell("England", 2, Form.OPEN, null, true);
    int only = s.cell("the one region", 2, Form.COUNT, null, true);
    s.sum(england, only);
    s.hide(only);
    assertThat(s.solve()).containsExactly("the one region");
  }

  @Test
  void aRateIsAnIntervalAndTwoShownRatesCanStillPinTheirTotal() {
    Suppression s = new Suppression();
    int la = s.cell("la", 7, Form.COUNT, "L", true);
    int school1 = s.cell("s1", 3, Form.RATE, "L", true);
    int school2 = s.cell("s2", 4, Form.RATE, "L", true);
    s.whenShown(school1, 3, 3); // 43% of 6-10 pupils can only be 3 of 7
    s.whenShown(school2, 3, 5);
    s.sum(la, school1, school2);
    assertThat(s.solve()).isEmpty();
    // school 2 is pinned at 4 = 7 - 3, but 4 is neither hidden nor 1 or 2: nothing to protect
    assertThat(s.hidden(school1)).isFalse();
    assertThat(s.hidden(school2)).isFalse();
  }

  @Test
  void aHiddenRateBesideAnExactOneIsCoveredByAnother() {
    Suppression s = new Suppression();
    int la = s.cell("la", 10, Form.COUNT, "L", true);
    int small = s.cell("small", 1, Form.RATE, "L", true);
    int exact = s.cell("exact", 3, Form.RATE, "L", true);
    int wide = s.cell("wide", 6, Form.RATE, "L", true);
    s.whenShown(exact, 3, 3);
    s.whenShown(wide, 6, 6);
    s.bounds(small, 0, 5);
    s.sum(la, small, exact, wide);
    s.hide(small);
    assertThat(s.solve()).isEmpty();
    assertThat(s.hidden(small)).isTrue();
    assertThat(s.hidden(exact)).as("the smallest other school").isTrue();
  }

  /** Region 30 = LAs A 2 + B 8 + C 20, as in the first test, solved; then revised. */
  private static Suppression region(long a, long b, long c) {
    Suppression s = new Suppression();
    int total = s.cell("region", a + b + c, Form.COUNT, null, true);
    int[] las = {
      s.cell("la A", a, Form.COUNT, "A", true),
      s.cell("la B", b, Form.COUNT, "B", true),
      s.cell("la C", c, Form.COUNT, "C", true)
    };
    s.sum(total, las);
    for (int la : las) {
      if (s.value(la) == 1 || s.value(la) == 2) {
        s.hide(la);
      }
    }
    return s;
  }

  @Test
  void aRevisionKeepsHiddenWhatIsUnchangedAndSettlesWhatChanged() {
    Suppression first = region(2, 8, 20);
    assertThat(first.solve()).isEmpty();
    assertThat(hidden(first)).containsExactly(false, true, true, true);

    // A's count is now 12: a fresh solve would hide nothing, the revision keeps B and C hidden
    // (unchanged, and shown beside the first publication they would give A's old 2 back)
    Suppression fresh = region(12, 8, 20);
    assertThat(fresh.solve()).isEmpty();
    assertThat(hidden(fresh)).containsExactly(false, false, false, false);
    Suppression revised = region(12, 8, 20);
    assertThat(revised.keepHidden(first.hiddenCells())).isEqualTo(2);
    assertThat(revised.solve()).isEmpty();
    // B and C hidden beside a shown region would each follow from the other's LA (each LA knows
    // its own): so A is hidden again as their cover, though it changed
    assertThat(hidden(revised)).containsExactly(false, true, true, true);
  }

  @Test
  void aRevisionDropsWhatChangedAndWhatIsNoLongerThere() {
    Suppression first = region(2, 8, 20);
    first.solve();
    Suppression revised = new Suppression();
    int total = revised.cell("region", 31, Form.COUNT, null, true);
    int a = revised.cell("la A", 3, Form.COUNT, "A", true);
    int d = revised.cell("la D", 28, Form.COUNT, "D", true);
    revised.sum(total, a, d);
    assertThat(revised.keepHidden(first.hiddenCells())).isZero();
    assertThat(revised.solve()).isEmpty();
    assertThat(revised.hidden(a)).isFalse();
    assertThat(revised.hidden(d)).isFalse();
  }

  /**
   * England of 4 regions of 6 LAs of 12 schools, each with eligible = met + below, random small
   * counts: the same cells hidden whether the owners' audits run on one thread or split over two.
   */
  private static Suppression country(long seed, int parallelFrom) {
    java.util.Random random = new java.util.Random(seed);
    Suppression s = new Suppression();
    s.parallelFrom = parallelFrom;
    int[][] england = new int[2][4];
    for (int r = 0; r < 4; r++) {
      int[][] region = new int[2][6];
      for (int l = 0; l < 6; l++) {
        String la = "la" + r + l;
        int[][] schools = new int[2][12];
        long laMet = 0;
        long laBelow = 0;
        for (int k = 0; k < 12; k++) {
          long met = random.nextInt(9);
          long below = random.nextInt(4);
          String school = la + "s" + k;
          int e = s.cell(school + "E", met + below, Form.HELD, la, true);
          schools[0][k] = s.cell(school + "P", met, Form.COUNT, la, true);
          schools[1][k] = s.cell(school + "B", below, Form.COUNT, la, true);
          s.sum(e, schools[0][k], schools[1][k]);
          for (int c : new int[] {schools[0][k], schools[1][k]}) {
            if (s.value(c) == 1 || s.value(c) == 2) {
              s.hide(c);
            }
          }
          laMet += met;
          laBelow += below;
        }
        region[0][l] = s.cell(la + "P", laMet, Form.COUNT, la, true);
        region[1][l] = s.cell(la + "B", laBelow, Form.COUNT, la, true);
        s.sum(region[0][l], schools[0]);
        s.sum(region[1][l], schools[1]);
      }
      for (int m = 0; m < 2; m++) {
        long v = 0;
        for (int c : region[m]) {
          v += s.value(c);
        }
        england[m][r] = s.cell("r" + r + m, v, Form.COUNT, null, true);
        s.sum(england[m][r], region[m]);
      }
    }
    for (int m = 0; m < 2; m++) {
      long v = 0;
      for (int c : england[m]) {
        v += s.value(c);
      }
      s.sum(s.cell("n" + m, v, Form.OPEN, null, true), england[m]);
    }
    return s;
  }

  @Test
  void theOwnersAuditsSplitOverTwoCoresHideTheSameCells() {
    for (long seed = 1; seed <= 5; seed++) {
      Suppression one = country(seed, Integer.MAX_VALUE);
      Suppression two = country(seed, 0);
      java.util.List<String> stuckOne = one.solve();
      assertThat(two.solve()).isEqualTo(stuckOne);
      assertThat(hidden(two)).isEqualTo(hidden(one));
      assertThat(hidden(one)).as("the complements of small cells").contains(true);
    }
  }

  private static java.util.List<Boolean> hidden(Suppression s) {
    java.util.List<Boolean> out = new java.util.ArrayList<>();
    for (int c = 0; c < s.size(); c++) {
      out.add(s.hidden(c));
    }
    return out;
  }
}
