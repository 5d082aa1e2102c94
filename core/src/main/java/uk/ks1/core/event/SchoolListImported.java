package uk.ks1.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.ks1.core.school.ListedSchool;

/**
 * One LA's schools from one import of DfE's list (GIAS), every status: an import of the whole
 * country is one event per LA. Earlier imports stay in the store as history; the latest extract of
 * an LA is its list.
 *
 * @param importId the same for every LA's event of one import
 * @param extractDate the extract's date (its file name's {@code YYYYMMDD})
 * @param source the file imported, by name only
 */
public record SchoolListImported(
    String eventId,
    String importId,
    String laCode,
    LocalDate extractDate,
    Instant importedAt,
    String source,
    List<ListedSchool> schools)
    implements SchoolListEvent {
  public SchoolListImported {
    schools = List.copyOf(schools);
  }
}
