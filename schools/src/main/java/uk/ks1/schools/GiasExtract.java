package uk.ks1.schools;

import java.time.LocalDate;
import java.util.List;
import uk.ks1.core.school.ListedSchool;

/**
 * One extract of DfE's list: its date (from its file name), its schools (every status), and how
 * many rows had no establishment number (children's centres and the like, which are not schools the
 * LA collects from) and were left out.
 */
public record GiasExtract(LocalDate extractDate, List<ListedSchool> schools, int skippedRows) {
  public GiasExtract {
    schools = List.copyOf(schools);
  }
}
