package uk.ks1.reporting.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.figures.Disclosure;
import uk.ks1.reporting.figures.FigureEndpoints;
import uk.ks1.reporting.figures.FigureEndpoints.Levels;
import uk.ks1.reporting.figures.Published;
import uk.ks1.reporting.figures.Summary;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * The reports to send on: school and LA summaries (PDF, shaped for the caller like the API) and a
 * school's pupil list (XLSX, the LA's own token only; never linked from the public pages). PDFs are
 * built once per store version and caller, as the JSON is read once.
 */
public final class ReportEndpoints {
  private final StoreReads store;

  public ReportEndpoints(StoreReads store) {
    this.store = store;
  }

  public List<Route> routes() {
    return List.of(
        new Route(
            "/reports/schools/{laestab}/summary.pdf",
            Exposure.FIGURES,
            Route.LaOf.PATH_SCHOOL,
            Route.Tagging.STORE_VERSION,
            this::schoolPdf),
        new Route(
            "/reports/las/{la}/summary.pdf",
            Exposure.FIGURES,
            Route.LaOf.PATH_LA,
            Route.Tagging.STORE_VERSION,
            this::laPdf),
        new Route(
            "/reports/schools/{laestab}/pupils.xlsx",
            Exposure.PUPILS,
            Route.LaOf.PATH_SCHOOL,
            Route.Tagging.STORE_VERSION,
            this::pupilList));
  }

  /**
   * A PDF for this request's caller, built once per store version, year and view ({@code what}
   * names the report): the same request again before the next batch gets the same bytes. Null when
   * the school or LA has no figures.
   */
  private byte[] pdf(ApiRequest r, String what, java.util.function.Supplier<byte[]> build) {
    int year = FigureEndpoints.year(store, r);
    return store.cachedAnswer("pdf-" + what + "-" + year + "-" + r.scope().id(), build);
  }

  private Reply schoolPdf(ApiRequest r) {
    String laestab = r.pathParam("laestab");
    byte[] pdf = pdf(r, "school-" + laestab, () -> buildSchoolPdf(r, laestab));
    return pdf == null
        ? Reply.notFound("School")
        : Reply.download(pdf, Reply.PDF, "ks1-" + laestab + "-summary.pdf");
  }

  private byte[] buildSchoolPdf(ApiRequest r, String laestab) {
    Levels levels = FigureEndpoints.levels(store, r);
    Summary school = levels.schools().get(laestab);
    if (school == null) {
      return null;
    }
    Disclosure d = FigureEndpoints.disclosure(store, r);
    return SummaryReports.school(
        FigureEndpoints.withGaps(d, levels, school),
        levels.above(school).stream().map(d::publish).toList());
  }

  private Reply laPdf(ApiRequest r) {
    String la = r.pathParam("la");
    byte[] pdf = pdf(r, "la-" + la, () -> buildLaPdf(r, la));
    return pdf == null
        ? Reply.notFound("LA")
        : Reply.download(pdf, Reply.PDF, "ks1-la-" + la + "-summary.pdf");
  }

  private byte[] buildLaPdf(ApiRequest r, String la) {
    Levels levels = FigureEndpoints.levels(store, r);
    Summary summary = levels.las().get(la);
    if (summary == null) {
      return null;
    }
    Disclosure d = FigureEndpoints.disclosure(store, r);
    List<Published> schools =
        levels.schools().values().stream()
            .filter(s -> la.equals(s.laCode()))
            .map(d::publish)
            .toList();
    return SummaryReports.la(
        FigureEndpoints.withGaps(d, levels, summary),
        levels.above(summary).stream().map(d::publish).toList(),
        schools);
  }

  private Reply pupilList(ApiRequest r) {
    String laestab = r.pathParam("laestab");
    return store.read(
        c -> {
          int year = FigureEndpoints.year(store, r);
          List<PupilList.Pupil> pupils = PupilList.read(c, laestab, year);
          if (pupils.isEmpty()) {
            return Reply.notFound("School");
          }
          String name = laestab;
          try (PreparedStatement q =
              c.prepareStatement(
                  "SELECT arg_max(school_name, received_at) FROM submissions WHERE laestab = ?")) {
            q.setString(1, laestab);
            try (ResultSet rs = q.executeQuery()) {
              if (rs.next() && rs.getString(1) != null) {
                name = rs.getString(1);
              }
            }
          }
          return Reply.download(
              PupilList.xlsx(laestab, name, year, pupils),
              Reply.XLSX,
              "ks1-" + laestab + "-pupils.xlsx");
        });
  }
}
