package uk.ks1.ingest.template;

import java.util.Collection;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ks1.core.codes.NcYear;
import uk.ks1.core.identity.Laestab;

/**
 * The assessment year (the summer assessed) of a template, which carries none of its own: from a
 * year column ({@code 2023}, {@code 2022/23}, {@code 2022-2023}), else from the file name (a
 * collection's token, a school number and a two-digit year, {@code <token>_2001_23.csv} or {@code
 * <token>_3302001_23.csv}; {@code 2023<token>RS.xlsx}, {@code <token> 2022-23.csv}, {@code
 * 3302001_<token>_2019.csv}), else the service's year.
 */
public final class TemplateYear {
  private static final Pattern ACADEMIC =
      Pattern.compile("(?<!\\d)(20\\d\\d)\\s*[/_-]\\s*(?:20)?(\\d\\d)(?!\\d)");

  /** A token, a school number and a two-digit year; {@code %s}: the tokens. */
  private static final String SHORT = "(?i)(?:%s)[ _-]?\\d{4}(?:\\d{3})?[ _-](\\d\\d)(?!\\d)";

  private static final Pattern FULL = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

  private TemplateYear() {}

  /** A year column's value as a summer year, if it is one. */
  public static OptionalInt fromCell(String text) {
    String t = CellText.wholeNumber(text.strip());
    Matcher academic = ACADEMIC.matcher(t);
    if (academic.matches()) {
      return summer(academic);
    }
    return t.matches("20\\d\\d") ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
  }

  /**
   * Whether a year column's value is a pupil's year group ({@code 2}, {@code Y2}, {@code Year 2},
   * {@code R}) rather than an assessment year: a column headed "Year" often holds the NC year.
   */
  public static boolean isYearGroup(String text) {
    return NcYear.parse(CellText.wholeNumber(text.strip())).isPresent();
  }

  /**
   * The year a file name states, if it states one. A bare four-digit number ({@code
   * 3302001_<token>_2019.csv}) is a year only if it is not in the future ({@code latest} is the
   * service's year) and is not the DfE number of a school in the file: a community school's number
   * is often 2xxx, and {@code 330-2015 <token>.csv} is school 2015's file, not a return for 2015.
   * {@code tokens} name the registered collections in file names.
   */
  public static OptionalInt fromFileName(
      String name, Collection<String> tokens, int latest, Collection<Laestab> schools) {
    Matcher academic = ACADEMIC.matcher(name);
    if (academic.find()) {
      OptionalInt year = summer(academic);
      if (year.isPresent()) {
        return year;
      }
    }
    if (!tokens.isEmpty()) {
      String alternatives =
          tokens.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
      Matcher shortName = Pattern.compile(String.format(SHORT, alternatives)).matcher(name);
      if (shortName.find()) {
        return OptionalInt.of(2000 + Integer.parseInt(shortName.group(1)));
      }
    }
    Matcher full = FULL.matcher(name);
    while (full.find()) {
      String digits = full.group(1);
      int year = Integer.parseInt(digits);
      if (year <= latest && schools.stream().noneMatch(s -> s.estab().equals(digits))) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  /** "2022/23" is the summer of 2023; "2022/24" is no academic year. */
  private static OptionalInt summer(Matcher m) {
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    return (start + 1) % 100 == end ? OptionalInt.of(start + 1) : OptionalInt.empty();
  }
}
