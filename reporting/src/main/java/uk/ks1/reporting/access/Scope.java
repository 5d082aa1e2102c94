package uk.ks1.reporting.access;

import java.util.Objects;

/**
 * What one caller may see (docs/api.md "Access"): anonymous callers the published figures only; an
 * LA's token that LA unsuppressed with its data errors and pupil lists; a national analyst's token
 * every figure unsuppressed and every LA's data errors, but never a pupil's identity. Every read of
 * the store asks the caller's scope, so the rules live here and nowhere else.
 */
public record Scope(Kind kind, String laCode) {
  /** The three kinds of caller. */
  public enum Kind {
    ANONYMOUS,
    LA,
    NATIONAL
  }

  public static final Scope ANONYMOUS = new Scope(Kind.ANONYMOUS, null);
  public static final Scope NATIONAL = new Scope(Kind.NATIONAL, null);

  public Scope {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.LA) != (laCode != null)) {
      throw new IllegalArgumentException("An LA scope, and only an LA scope, names its LA");
    }
  }

  public static Scope la(String laCode) {
    return new Scope(Kind.LA, laCode);
  }

  /** Figures of this LA (or of a school in it) are shown unsuppressed. */
  public boolean seesUnsuppressed(String la) {
    return kind == Kind.NATIONAL || ownLa(la);
  }

  /** Figures above LA level (regions, national): unsuppressed for analysts only. */
  public boolean seesUnsuppressedAboveLa() {
    return kind == Kind.NATIONAL;
  }

  /** The LA's data-errors report and the issues of its submissions, pupil row by pupil row. */
  public boolean seesIssuesOf(String la) {
    return kind == Kind.NATIONAL || ownLa(la);
  }

  /** Values of identity fields (UPN, names, date of birth) in issues. */
  public boolean seesPersonalValuesOf(String la) {
    return ownLa(la);
  }

  /** Pupil lists with names and UPNs: the LA's own pupils only. */
  public boolean seesPupilsOf(String la) {
    return ownLa(la);
  }

  /** Actions on the LA's schools (confirming a return): the LA's own token only. */
  public boolean actsFor(String la) {
    return ownLa(la);
  }

  public boolean isAnonymous() {
    return kind == Kind.ANONYMOUS;
  }

  /**
   * A short, stable name for ETags and logs: {@code anonymous}, {@code la-330}, {@code national}.
   */
  public String id() {
    return kind == Kind.LA ? "la-" + laCode : kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private boolean ownLa(String la) {
    return kind == Kind.LA && laCode.equals(la);
  }
}
