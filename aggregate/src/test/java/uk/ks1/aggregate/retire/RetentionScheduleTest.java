package uk.ks1.aggregate.retire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {
  @Test
  void theDefaultsKeepIdentitiesAndFilesTwoSchoolYearsAfterTheSummer() {
    RetentionSchedule d = RetentionSchedule.parse("");
    assertThat(d).isEqualTo(RetentionSchedule.DEFAULT);
    assertThat(d.identitiesDue(2025)).isEqualTo(LocalDate.of(2027, 9, 1));
    assertThat(d.filesDue(2025)).isEqualTo(LocalDate.of(2027, 9, 1));
    assertThat(d.rows())
        .extracting(RetentionSchedule.Row::keepFor)
        .containsExactly("2 years", "2 years", "kept", "kept");
  }

  @Test
  void rowsAreSetByNameAndFilesAreNeverKeptLongerThanIdentities() {
    RetentionSchedule s = RetentionSchedule.parse(" files = 1 ,identities=3");
    assertThat(s).isEqualTo(new RetentionSchedule(3, 1));
    assertThat(s.filesDue(2025)).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThatThrownBy(() -> RetentionSchedule.parse("files=3"))
        .hasMessage(
            "Original files hold the pupils' names: they cannot be kept longer than identities"
                + " (files=3, identities=2)");
    assertThatThrownBy(() -> RetentionSchedule.parse("names=1"))
        .hasMessage(
            "'names=1' is not a row of the schedule: identities=YEARS or files=YEARS, whole years"
                + " from 31 August of the summer (e.g. identities=2,files=1)");
  }
}
