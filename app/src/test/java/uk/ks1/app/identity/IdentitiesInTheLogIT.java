package uk.ks1.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.Ks1;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.Sheets;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * After a real load (embedded broker, real DuckDB), no test pupil's UPN, forename, surname or date
 * of birth is anywhere in the Kafka log's bytes, while the school's name (not personal) is: the
 * segments are plain bytes, so the identities are sealed, not hidden by compression. The store,
 * which holds identities for the LA, still has them in the clear, and its figures and an issue's
 * value found (a UPN with a wrong check letter) are as they were.
 */
@Timeout(240)
class IdentitiesInTheLogIT {
  @TempDir Path tmp;

  @Test
  void theLogHoldsNoIdentityAndTheStoreStillHasThem() throws Exception {
    Path collection = tmp.resolve("collection");
    Path la = Files.createDirectories(collection.resolve("330"));
    List<TestPupil> pupils = new ArrayList<>();
    String[][] names = {
      {"Wilhelmina", "Quaxley"}, {"Barnabus", "Thistlewood"}, {"Clemency", "Ravensworth"}
    };
    for (int i = 0; i < names.length; i++) {
      pupils.add(
          TestPupil.of(TestUpns.unique("330", "2001", i + 1), "EXS", "EXS", "WTS", "EXS")
              .withNames(names[i][0], names[i][1])
              .withDob("2016-0" + (i + 3) + "-1" + i));
    }
    // a UPN whose check letter is wrong: its 1510 issue carries the UPN as the value found
    String good = TestUpns.unique("330", "2001", 9);
    String wrongUpn = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
    pupils.add(
        TestPupil.of(wrongUpn, "EXS", "EXS", "EXS", "EXS")
            .withNames("Peregrine", "Oddbottom")
            .withDob("2016-07-04"));
    CtfBuilder.school("3302001").name("Larkspur Primary School").pupils(pupils).writeTo(la);
    // a phonics template, names and dates as a school system writes them
    Sheets.csv(
        la.resolve("PHONICS_3302002_25.csv"),
        List.of(
            List.of(
                "School DFE",
                "UPN",
                "Forename",
                "Surname",
                "Gender",
                "Date of birth",
                "NC Year",
                "Phonics mark"),
            List.of(
                "3302002",
                TestUpns.unique("330", "2002", 1),
                "Ottoline",
                "Fenwhistle",
                "F",
                "03/10/2018",
                "1",
                "35")));

    Path data = tmp.resolve("data");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Ks1.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "load",
            "--data",
            data.toString(),
            collection.toString());
    assertThat(exit).as(out + "\n" + err).isZero();

    List<String> identities = new ArrayList<>();
    for (TestPupil p : pupils) {
      identities.addAll(List.of(p.upn(), p.forename(), p.surname(), p.dob()));
    }
    identities.addAll(
        List.of(
            TestUpns.unique("330", "2002", 1),
            "Ottoline",
            "Fenwhistle",
            "03/10/2018",
            "2018-10-03"));

    List<Path> logFiles;
    try (Stream<Path> files = Files.walk(data.resolve("kafka"))) {
      logFiles = files.filter(Files::isRegularFile).toList();
    }
    assertThat(logFiles).anyMatch(f -> f.getFileName().toString().endsWith(".log"));
    boolean schoolNameSeen = false;
    for (Path f : logFiles) {
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String identity : identities) {
        assertThat(bytes.contains(identity)).as(identity + " in " + f).isFalse();
      }
      schoolNameSeen |= bytes.contains("Larkspur Primary School");
    }
    assertThat(schoolNameSeen).as("the log's segments are plain bytes").isTrue();

    // the store keeps the identities the LA sees, and the value found of the UPN's issue
    Path store = data.resolve("ks1.duckdb");
    assertThat(
            SqlRows.readOnly(
                store,
                "SELECT upn, forename, surname, date_of_birth FROM pupil_identities"
                    + " ORDER BY forename"))
        .contains(
            pupils.get(1).upn() + "|Barnabus|Thistlewood|2016-04-11",
            TestUpns.unique("330", "2002", 1) + "|Ottoline|Fenwhistle|2018-10-03");
    assertThat(
            SqlRows.readOnly(
                store, "SELECT rule_id, value FROM validation_issues WHERE rule_id = '1510'"))
        .containsExactly("1510|" + wrongUpn);
    assertThat(
            SqlRows.readOnly(
                store,
                "SELECT pupils, reading_exs_plus FROM la_summary"
                    + " WHERE collection = 'KS1_TA' AND la_code = '330'"))
        .containsExactly("3|3");
  }
}
