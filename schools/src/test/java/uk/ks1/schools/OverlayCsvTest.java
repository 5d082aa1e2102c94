package uk.ks1.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OverlayCsvTest {
  private static final Function<String, String> KNOWN =
      c ->
          Set.of("phonics", "eyfsp", "ks1").contains(c.toLowerCase(java.util.Locale.ROOT))
              ? null
              : "one of phonics, eyfsp, ks1";

  private static OverlayCsv.Read read(byte[] bytes) throws Exception {
    return OverlayCsv.read(new ByteArrayInputStream(bytes), "overlay.csv", KNOWN);
  }

  @Test
  void columnsAreBoundByNameInAnyOrderWithTheNamesPeopleGiveThem() throws Exception {
    String csv =
        "\uFEFFReason,Taking part,DfE number,Collection,Summer\r\n"
            + "taking part this year,yes,3302001,KS1,2026\r\n"
            + "\"closed, rebuilding\",No,3302002,phonics,\r\n";
    OverlayCsv.Read r = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows())
        .containsExactly(
            new OverlayCsv.Row(2, "3302001", "KS1", 2026, true, "taking part this year"),
            new OverlayCsv.Row(3, "3302002", "phonics", null, false, "closed, rebuilding"));
  }

  @Test
  void excelsPlainCsvInWindows1252IsReadRight() throws Exception {
    String csv = "LAESTAB,Collection,Expected,Reason\n3302001,eyfsp,no,fermée: école rénovée\n";
    OverlayCsv.Read r = read(csv.getBytes(Charset.forName("windows-1252")));
    assertThat(r.rows())
        .extracting(OverlayCsv.Row::reason)
        .containsExactly("fermée: école rénovée");
  }

  @Test
  void everyProblemOfEveryRowIsNamedAndTheFileIsRefusedWhole() throws Exception {
    String csv =
        "LAESTAB,Collection,Year,Expected,Reason\n"
            + "3302001,phonics,2026,yes,fine\n"
            + "330201,reading,26,maybe,\n"
            + "9992001,eyfsp,2026,no,why not\n";
    OverlayCsv.Read r = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems())
        .containsExactly(
            "overlay.csv row 3, LAESTAB '330201': a school's 7-digit DfE number (LA code and 4"
                + " digits, 3302001)",
            "overlay.csv row 3, Collection 'reading': one of phonics, eyfsp, ks1",
            "overlay.csv row 3, Year '26': the summer, e.g. 2026 (or leave it empty)",
            "overlay.csv row 3, Expected 'maybe': yes or no",
            "overlay.csv row 3, Reason is empty: say why, as the LA's list shows it",
            "overlay.csv row 4, LAESTAB '9992001': starts with 999, not one of the 153 English LA"
                + " codes");
  }

  @Test
  void aHeaderWithoutTheColumnsSaysWhichAreMissing() throws Exception {
    OverlayCsv.Read r =
        read("School,Collection\n3302001,phonics\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems())
        .containsExactly(
            "overlay.csv: no LAESTAB column. The header must name LAESTAB, Collection, Expected and"
                + " Reason (Year is optional), in any order.",
            "overlay.csv: no Expected column. The header must name LAESTAB, Collection, Expected"
                + " and Reason (Year is optional), in any order.",
            "overlay.csv: no Reason column. The header must name LAESTAB, Collection, Expected and"
                + " Reason (Year is optional), in any order.");
    assertThat(List.copyOf(r.rows())).isEmpty();
  }
}
