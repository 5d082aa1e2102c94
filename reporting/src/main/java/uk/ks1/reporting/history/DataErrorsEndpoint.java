package uk.ks1.reporting.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.access.Scope;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * {@code /api/data-errors?la=330}: the {@code data_errors} view for one LA (an LA's token: its own,
 * by default) or for every LA (an analyst's token, without {@code la}). Reads the view's columns by
 * name, so rules added to the catalogue appear here as they are.
 */
public final class DataErrorsEndpoint {
  private final StoreReads store;

  public DataErrorsEndpoint(StoreReads store) {
    this.store = store;
  }

  public Route route() {
    return new Route(
        "/api/data-errors",
        Exposure.ISSUES,
        DataErrorsEndpoint::laOf,
        Route.Tagging.STORE_VERSION,
        this::report);
  }

  /** The LA asked for; an LA's token asking for none means its own. */
  private static String laOf(ApiRequest r) {
    String la = r.query("la");
    return la == null && r.scope().kind() == Scope.Kind.LA ? r.scope().laCode() : la;
  }

  private Reply report(ApiRequest r) {
    String la = laOf(r);
    Scope scope = r.scope();
    String sql =
        "SELECT la_code, laestab, school_name, submission_id, file_name, status, row_number,"
            + " pupil_key, field, rule_id, severity, effect, value, message, allowed"
            + " FROM data_errors"
            + (la == null ? "" : " WHERE la_code = ?");
    List<Object> args = new ArrayList<>();
    if (la != null) {
      args.add(la);
    }
    List<Issues.Issue> issues =
        store.read(c -> Issues.read(c, sql, args, scope::seesPersonalValuesOf));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("la", la);
    out.put("errors", issues.stream().filter(i -> "error".equals(i.severity())).count());
    out.put("queries", issues.stream().filter(i -> "query".equals(i.severity())).count());
    out.put("issues", issues);
    return Reply.json(out);
  }
}
