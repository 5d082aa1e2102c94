package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * {@code retire} halted (as kill -9 would: {@code Runtime.halt}, no shutdown hooks) after each of
 * its steps, and inside the store's rewrite: a second {@code retire} completes, with nothing of the
 * scope left in any file and the other LA's identities and every figure as they were.
 */
@Timeout(300)
class RetireCrashIT {
  @TempDir Path tmp;

  private static int ks1(StringWriter out, String... args) {
    return Ks1.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"keys", "files", "store", "rewrite-copy"})
  void aSecondRetireCompletesOneKilledAfter(String step) throws Exception {
    Path collection = tmp.resolve("collection");
    List<TestPupil> birmingham = new ArrayList<>();
    List<TestPupil> london = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      birmingham.add(
          TestPupil.of(TestUpns.unique("330", "2001", i), "EXS", "EXS", "WTS", "EXS")
              .withNames("Birmforename" + i, "Birmsurname" + i)
              .withDob("2016-03-1" + i));
      london.add(
          TestPupil.of(TestUpns.unique("201", "2001", i), "EXS", "GDS", "EXS", "EXS")
              .withNames("Lonforename" + i, "Lonsurname" + i)
              .withDob("2016-04-1" + i));
    }
    CtfBuilder.school("3302001")
        .pupils(birmingham)
        .writeTo(Files.createDirectories(collection.resolve("330")));
    CtfBuilder.school("2012001")
        .pupils(london)
        .writeTo(Files.createDirectories(collection.resolve("201")));
    Path data = tmp.resolve("data");
    StringWriter out = new StringWriter();
    assertThat(ks1(out, "load", "--data", data.toString(), collection.toString()))
        .as(out.toString())
        .isZero();
    Path store = data.resolve("ks1.duckdb");
    List<String> figures =
        SqlRows.readOnly(store, "SELECT * EXCLUDE (updated_at) FROM school_summary ORDER BY ALL");

    try (ChildJvm child =
        ChildJvm.start(
            List.of("-Dks1.fault.retire-halt-after=" + step),
            Ks1.class.getName(),
            "retire",
            "--data",
            data.toString(),
            "--year",
            "2023",
            "--la",
            "330")) {
      int exit = child.waitFor(120);
      assertThat(exit).as(String.join("\n", child.output())).isEqualTo(137);
    }

    StringWriter again = new StringWriter();
    assertThat(ks1(again, "retire", "--data", data.toString(), "--year", "2023", "--la", "330"))
        .as(again.toString())
        .isZero();
    List<String> gone = new ArrayList<>();
    for (TestPupil p : birmingham) {
      gone.addAll(List.of(p.upn(), p.forename(), p.surname(), p.dob()));
    }
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String v : gone) {
          assertThat(bytes.contains(v)).as(v + " in " + data.relativize(f)).isFalse();
        }
      }
    }
    assertThat(Files.exists(store.resolveSibling("ks1.duckdb.rewrite"))).isFalse();
    assertThat(
            SqlRows.readOnly(
                store, "SELECT * EXCLUDE (updated_at) FROM school_summary ORDER BY ALL"))
        .isEqualTo(figures);
    assertThat(
            SqlRows.readOnly(
                store,
                "SELECT upn, surname FROM pupil_identities i JOIN submissions s USING"
                    + " (submission_id) WHERE s.la_code = '201' ORDER BY surname"))
        .containsExactly(
            london.get(0).upn() + "|Lonsurname1",
            london.get(1).upn() + "|Lonsurname2",
            london.get(2).upn() + "|Lonsurname3");
  }
}
