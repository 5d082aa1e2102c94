package uk.ks1.reporting.access;

/**
 * What a route exposes, declared once with the route: the gate checks it against the caller's scope
 * and the LA the request is about before any handler runs.
 */
public enum Exposure {
  /** Figures and upload history: anyone, shaped (suppressed) by the caller's scope. */
  FIGURES,
  /** Issues pupil row by pupil row, the data-errors report: the LA's token or an analyst's. */
  ISSUES,
  /** Names, UPNs and dates of birth: the LA's own token only. */
  PUPILS,
  /** An action on the LA's own schools (a headteacher's confirmation): the LA's own token only. */
  LA_ACTION;

  /**
   * Do answers carry pupils row by row (and, for the LA's own token, their identities)? Such
   * answers are never stored by a browser or a proxy ({@code Cache-Control: no-store}), whoever
   * asks.
   */
  public boolean carriesIdentities() {
    return this != FIGURES;
  }

  /** May a caller with {@code scope} have this for LA {@code la} (null: no one LA)? */
  public boolean allows(Scope scope, String la) {
    return switch (this) {
      case FIGURES -> true;
      case ISSUES -> la == null ? !scope.isAnonymous() : scope.seesIssuesOf(la);
      case PUPILS -> la != null && scope.seesPupilsOf(la);
      case LA_ACTION -> la != null && scope.actsFor(la);
    };
  }
}
