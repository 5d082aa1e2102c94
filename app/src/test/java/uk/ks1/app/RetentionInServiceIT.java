package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.retire.RetentionSchedule;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.retire.RetentionWatch;
import uk.ks1.app.retire.Retirer;
import uk.ks1.reporting.reports.PupilList;
import uk.ks1.testkit.BytesOnDisk;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * A running service applies the retention schedule itself: on 1 December 2025 the summer of 2023 is
 * due (identities kept two school years from 31 August), 2024 is not. The service retires 2023
 * while it runs (keys, files, store, rewrite, snapshot) and goes on: its figures are the same, the
 * dashboard still answers, 2024's pupils are still named, and a late 2023 file is stored with its
 * pupils' names under a new key.
 */
@Timeout(300)
class RetentionInServiceIT {
  private static final Clock DECEMBER_2025 =
      Clock.fixed(Instant.parse("2025-12-01T06:00:00Z"), ZoneOffset.UTC);

  @TempDir java.nio.file.Path tmp;

  private static List<TestPupil> pupils(String school, int year, String... surnames) {
    List<TestPupil> out = new ArrayList<>();
    for (int i = 0; i < surnames.length; i++) {
      out.add(
          TestPupil.of(TestUpns.unique("330", school, i + 1), "EXS", "EXS", "WTS", "GDS")
              .withNames("Forename" + surnames[i], surnames[i])
              .withDob((year - 7) + "-0" + (i + 3) + "-1" + i));
    }
    return out;
  }

  private static List<String> identities(List<TestPupil> pupils) {
    List<String> out = new ArrayList<>();
    for (TestPupil p : pupils) {
      out.addAll(List.of(p.upn(), p.forename(), p.surname(), p.dob()));
    }
    return out;
  }

  @Test
  void aRunningServiceRetiresTheSummersDueAndGoesOn() throws Exception {
    List<TestPupil> of2023 = pupils("2001", 2023, "Quillfeather", "Brackenbury", "Wetherspoon");
    List<TestPupil> of2024 = pupils("2002", 2024, "Ashdown", "Pemberley");
    try (LiveService service = LiveService.start(tmp.resolve("data"))) {
      service.drop(CtfBuilder.school("3302001").year(2023).pupils(of2023), "3302001");
      service.drop(CtfBuilder.school("3302002").year(2024).pupils(of2024), "3302002");
      List<String> figures = figures(service);
      String national = service.get("/api/national", null).body();
      String la = service.get("/api/las/330", LiveService.TOKEN_330).body();
      assertThat(surnames(service, "3302001", 2023))
          .containsExactly("Quillfeather", "Brackenbury", "Wetherspoon");

      RetentionWatch watch =
          RetentionWatch.start(service.pipeline, RetentionSchedule.DEFAULT, DECEMBER_2025);
      List<Retirer.Done> done = watch.lookNow();

      assertThat(done)
          .extracting(Retirer.Done::summary)
          .containsExactly(
              "Retired the pupil identities of 2023, every collection, every LA: 1 data key(s)"
                  + " destroyed, 3 pupil identities deleted from the store, 0 issue value(s)"
                  + " cleared, 1 original file(s) removed with their reports; rewrote ks1.duckdb;"
                  + " the analysts' snapshot published again. Figures and history are unchanged.");
      assertThat(BytesOnDisk.found(service.data, identities(of2023))).isEmpty();
      assertThat(figures(service)).isEqualTo(figures);
      assertThat(service.rows("SELECT year, reason FROM retirements"))
          .containsExactly("2023|" + Retirer.IDENTITIES_DUE);
      assertThat(surnames(service, "3302001", 2023))
          .containsExactly(PupilList.RETIRED, PupilList.RETIRED, PupilList.RETIRED);
      assertThat(surnames(service, "3302002", 2024)).containsExactly("Ashdown", "Pemberley");
      // the dashboard answers as before (its cache was told the store changed)
      assertThat(service.get("/api/national", null).body())
          .isEqualTo(national)
          .contains("\"pupils\"");
      assertThat(service.get("/api/las/330", LiveService.TOKEN_330).body()).isEqualTo(la);

      // the service goes on: a late 2023 file is sealed with a new key, and its pupil is named
      List<TestPupil> late = pupils("2003", 2023, "Latecomer");
      service.drop(CtfBuilder.school("3302003").year(2023).pupils(late), "3302003");
      assertThat(surnames(service, "3302003", 2023)).containsExactly("Latecomer");
      assertThat(service.rows("SELECT count(*) FROM submissions WHERE laestab = '3302003'"))
          .containsExactly("1");

      // the schedule is applied once: the next day's look finds nothing left to do
      assertThat(watch.lookNow()).isEmpty();
      assertThat(surnames(service, "3302003", 2023)).containsExactly("Latecomer");
    }
  }

  /** Every level's KS1 figures, but when they changed. */
  private static List<String> figures(LiveService service) throws Exception {
    List<String> out = new ArrayList<>();
    for (String view :
        List.of("national_summary", "region_summary", "la_summary", "school_summary")) {
      out.add(view);
      out.addAll(service.rows("SELECT * EXCLUDE (updated_at) FROM " + view + " ORDER BY ALL"));
    }
    return out;
  }

  /** The surnames on a school's pupil list, in its order ("(identities retired)" once retired). */
  private static List<String> surnames(LiveService service, String laestab, int year)
      throws Exception {
    try (Connection c = service.pipeline.store().reader()) {
      return PupilList.read(c, Registered.collections().all().get(0), laestab, year).stream()
          .map(p -> p.surname() == null ? p.upn() : p.surname())
          .toList();
    }
  }
}
