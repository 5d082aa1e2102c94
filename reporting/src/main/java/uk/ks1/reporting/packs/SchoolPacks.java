package uk.ks1.reporting.packs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.ks1.aggregate.schools.CompletenessViews;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.access.Scope;
import uk.ks1.reporting.figures.Disclosure;
import uk.ks1.reporting.figures.FigureEndpoints;
import uk.ks1.reporting.figures.FigureEndpoints.Levels;
import uk.ks1.reporting.figures.PublishedCells;
import uk.ks1.reporting.figures.Summary;
import uk.ks1.reporting.reports.PupilList;
import uk.ks1.reporting.reports.SummaryReports;
import uk.ks1.reporting.table.TableCsv;

/**
 * The packs an LA sends back to its schools after a collection: for every school of the LA with
 * figures in the year, one zip {@code LAESTAB_<collection>_<year>.zip} holding its summary PDF
 * (figures, gap analysis against its LA, region and England, the DfE's last published figures where
 * known) and its pupil list as CSV and XLSX (names included: it is for the school), and the LA's
 * own summary, {@code <LA>_<collection>_<year>_la-summary.pdf}. Figures are the LA's own view (its
 * schools unsuppressed, as its token sees them), so each school sees its own figures whole.
 */
public final class SchoolPacks {
  /** Told after each school's pack is written. */
  @FunctionalInterface
  public interface Progress {
    void written(int done, int of);

    Progress NONE = (done, of) -> {};
  }

  /** An expected school with no pack: nothing, or only rejected files, received. */
  public record Missing(String laestab, String name, String status) {}

  /** What was written. */
  public record Written(
      String la,
      String collection,
      int year,
      List<Path> packs,
      Path laSummary,
      long pupils,
      List<Missing> missing) {}

  private SchoolPacks() {}

  /** Every school's pack of {@code la} and its summary for {@code year}, into {@code out}. */
  public static Written write(
      Connection c, CollectionDefinition d, String la, int year, Path out, Progress progress)
      throws SQLException, IOException {
    Files.createDirectories(out);
    FigureEndpoints.Inputs inputs = FigureEndpoints.Inputs.read(c, d, year);
    Levels levels = inputs.levels();
    PublishedCells cells = inputs.publishedView(null); // afresh (docs/disclosure.md)
    Disclosure view = new Disclosure(d.reporting(), Scope.la(la), () -> cells);
    List<Summary> schools =
        levels.schools().values().stream().filter(s -> la.equals(s.laCode())).toList();
    List<Path> packs = new ArrayList<>();
    long pupils = 0;
    for (Summary school : schools) {
      String stem = school.key() + "_" + d.id() + "_" + year;
      List<PupilList.Pupil> list = PupilList.read(c, d, school.key(), year);
      pupils += list.size();
      Path zip = out.resolve(stem + ".zip");
      Path csv = Files.createTempFile(out, stem, ".csv.part");
      try {
        TableCsv.write(PupilList.table(d, school.key(), list), csv);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
          entry(
              z, stem + "_summary.pdf", SummaryReports.school(d.reporting(), view, levels, school));
          entry(z, stem + "_pupils.csv", Files.readAllBytes(csv));
          entry(
              z, stem + "_pupils.xlsx", PupilList.xlsx(d, school.key(), school.name(), year, list));
        }
      } finally {
        Files.deleteIfExists(csv);
      }
      packs.add(zip);
      progress.written(packs.size(), schools.size());
    }
    Path laSummary = null;
    byte[] laPdf = SummaryReports.la(d.reporting(), view, levels, la);
    if (laPdf != null) {
      laSummary = out.resolve(la + "_" + d.id() + "_" + year + "_la-summary.pdf");
      Files.write(laSummary, laPdf);
    }
    return new Written(la, d.id(), year, packs, laSummary, pupils, missing(c, d, la, year));
  }

  private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    OutputStream o = z;
    o.write(bytes);
    z.closeEntry();
  }

  private static List<Missing> missing(Connection c, CollectionDefinition d, String la, int year)
      throws SQLException {
    List<Missing> out = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT laestab, school_name, status FROM school_completeness"
                + " WHERE collection = ? AND year = ? AND la_code = ? AND expected"
                + " AND status IN (?, ?) ORDER BY laestab")) {
      q.setString(1, d.id());
      q.setInt(2, year);
      q.setString(3, la);
      q.setString(4, CompletenessViews.NOT_RECEIVED);
      q.setString(5, CompletenessViews.UPLOAD_ERROR);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(new Missing(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }
}
