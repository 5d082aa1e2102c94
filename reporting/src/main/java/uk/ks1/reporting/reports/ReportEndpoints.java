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
 * school's pupil list (XLSX, the LA's own token only; never linked from the public pages).
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

  private Reply schoolPdf(ApiRequest r) {
    String laestab = r.pathParam("laestab");
    Levels levels = FigureEndpoints.levels(store, r);
    Summary school = levels.schools().get(laestab);
    if (school == null) {
      return Reply.notFound("School");
    }
    Disclosure d = FigureEndpoints.disclosure(store, r);
    byte[] pdf =
        SummaryReports.school(
            FigureEndpoints.withGaps(d, levels, school),
            levels.above(school).stream().map(d::publish).toList());
    return Reply.download(pdf, Reply.PDF, "ks1-" + laestab + "-summary.pdf");
  }

  private Reply laPdf(ApiRequest r) {
    String la = r.pathParam("la");
    Levels levels = FigureEndpoints.levels(store, r);
    Summary summary = levels.las().get(la);
    if (summary == null) {
      return Reply.notFound("LA");
    }
    Disclosure d = FigureEndpoints.disclosure(store, r);
    List<Published> schools =
        levels.schools().values().stream()
            .filter(s -> la.equals(s.laCode()))
            .map(d::publish)
            .toList();
    byte[] pdf =
        SummaryReports.la(
            FigureEndpoints.withGaps(d, levels, summary),
            levels.above(summary).stream().map(d::publish).toList(),
            schools);
    return Reply.download(pdf, Reply.PDF, "ks1-la-" + la + "-summary.pdf");
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
