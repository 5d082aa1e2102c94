package uk.ks1.reporting.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.figures.FigureEndpoints;
import uk.ks1.reporting.figures.FigureEndpoints.Levels;
import uk.ks1.reporting.figures.Summary;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.CollectionChoice;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * The reports to send on: school and LA summaries (PDF, shaped for the caller like the API) and a
 * school's pupil list (XLSX, the LA's own token only; never linked from the public pages). PDFs are
 * built once per store version and caller, as the JSON is read once. Of the collection the request
 * names ({@link CollectionChoice}); a download's name starts with the collection's short name.
 */
public final class ReportEndpoints {
  private final StoreReads store;
  private final CollectionChoice collections;

  public ReportEndpoints(StoreReads store, CollectionChoice collections) {
    this.store = store;
    this.collections = collections;
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
  private byte[] pdf(
      ApiRequest r,
      CollectionDefinition c,
      String what,
      java.util.function.Supplier<byte[]> build) {
    int year = FigureEndpoints.year(store, c, r);
    return store.cachedAnswer(
        "pdf-" + c.id() + "-" + what + "-" + year + "-" + r.scope().id(), build);
  }

  private static String prefix(CollectionDefinition c) {
    return c.reporting().labels().filePrefix();
  }

  private Reply schoolPdf(ApiRequest r) {
    CollectionDefinition c = collections.of(r);
    String laestab = r.pathParam("laestab");
    byte[] pdf = pdf(r, c, "school-" + laestab, () -> buildSchoolPdf(r, c, laestab));
    return pdf == null
        ? Reply.notFound("School")
        : Reply.download(pdf, Reply.PDF, prefix(c) + "-" + laestab + "-summary.pdf");
  }

  private byte[] buildSchoolPdf(ApiRequest r, CollectionDefinition c, String laestab) {
    Levels levels = FigureEndpoints.levels(store, c, r);
    Summary school = levels.schools().get(laestab);
    return school == null
        ? null
        : SummaryReports.school(
            c.reporting(), FigureEndpoints.disclosure(store, c, r), levels, school);
  }

  private Reply laPdf(ApiRequest r) {
    CollectionDefinition c = collections.of(r);
    String la = r.pathParam("la");
    byte[] pdf = pdf(r, c, "la-" + la, () -> buildLaPdf(r, c, la));
    return pdf == null
        ? Reply.notFound("LA")
        : Reply.download(pdf, Reply.PDF, prefix(c) + "-la-" + la + "-summary.pdf");
  }

  private byte[] buildLaPdf(ApiRequest r, CollectionDefinition c, String la) {
    return SummaryReports.la(
        c.reporting(),
        FigureEndpoints.disclosure(store, c, r),
        FigureEndpoints.levels(store, c, r),
        la);
  }

  private Reply pupilList(ApiRequest r) {
    CollectionDefinition d = collections.of(r);
    String laestab = r.pathParam("laestab");
    return store.read(
        c -> {
          int year = FigureEndpoints.year(store, d, r);
          List<PupilList.Pupil> pupils = PupilList.read(c, d, laestab, year);
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
              PupilList.xlsx(d, laestab, name, year, pupils),
              Reply.XLSX,
              prefix(d) + "-" + laestab + "-pupils.xlsx");
        });
  }
}
