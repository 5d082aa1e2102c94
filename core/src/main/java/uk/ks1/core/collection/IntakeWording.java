package uk.ks1.core.collection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the intake's messages (F05, F12, R20, R21) and a file's skipped counts name a collection, its
 * results and its template, in a school business manager's words.
 *
 * @param result one result: "phonics screening check result"
 * @param results its results: "phonics screening check results"
 * @param measure what a CTF pair stands for: "phonics measure"
 * @param ctfExport the export a school sends: "phonics CTF"
 * @param otherStages the count of CTF rows of other stages
 * @param otherResults the count of rows of its stage that are not its results (another method)
 * @param otherYears the count of its results dated another year than the return's
 * @param noResults the count of pupils without its results for the year
 * @param requiredColumns its required item columns, shortened as the F12 rule's allowed text lists
 *     them
 * @param templateHeader its item columns as the template's header is quoted
 */
public record IntakeWording(
    String result,
    String results,
    String measure,
    String ctfExport,
    String otherStages,
    String otherResults,
    String otherYears,
    String noResults,
    String requiredColumns,
    String templateHeader) {

  /**
   * The wording of a file that may hold any of several collections (no header, no results found):
   * each text the collections' joined by " or "; one collection's own when all say the same.
   */
  public static IntakeWording either(List<IntakeWording> wordings) {
    if (wordings.size() == 1) {
      return wordings.get(0);
    }
    return new IntakeWording(
        joined(wordings, IntakeWording::result),
        joined(wordings, IntakeWording::results),
        joined(wordings, IntakeWording::measure),
        joined(wordings, IntakeWording::ctfExport),
        joined(wordings, IntakeWording::otherStages),
        joined(wordings, IntakeWording::otherResults),
        joined(wordings, IntakeWording::otherYears),
        joined(wordings, IntakeWording::noResults),
        joined(wordings, IntakeWording::requiredColumns),
        joined(wordings, IntakeWording::templateHeader));
  }

  /** The placeholders the file rules' texts name the collection by, and their values. */
  public Map<String, String> placeholders() {
    return Map.of(
        "results", results,
        "export", ctfExport,
        "itemColumns", requiredColumns,
        "itemHeader", templateHeader);
  }

  private static String joined(List<IntakeWording> all, Function<IntakeWording, String> text) {
    return all.stream().map(text).distinct().collect(Collectors.joining(" or "));
  }
}
