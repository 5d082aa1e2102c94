package uk.ks1.ingest.template;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.ItemKind;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * A column of a template (docs/domain.md "Templates"), known by every name schools' files give it:
 * the identity and school columns every collection's template shares (the constants here), or one
 * of a collection's item columns ({@link #of(CollectionDefinition, TemplateItemColumn)}). Names are
 * compared with case, spaces and punctuation ignored, so {@code "Date of Birth"}, {@code "date of
 * birth"} and {@code "Date_Of_Birth"} are one column, and a trailing hint in brackets ({@code
 * Gender (M/F)}) is ignored.
 *
 * @param item the item the column holds; null for an identity or school column
 * @param pupilData whether a value in it makes its row a pupil's row
 */
public record TemplateColumn(
    String templateName,
    Field field,
    boolean required,
    boolean pupilData,
    List<String> names,
    Item item) {

  public static final TemplateColumn SCHOOL =
      shared(
          "School DFE",
          Field.LAESTAB,
          true,
          false,
          "schooldfe",
          "laestab",
          "dfenumber",
          "dfeno",
          "schooldfenumber",
          "schooldfeno",
          "dfe",
          "dfeestab");
  public static final TemplateColumn SCHOOL_NAME =
      shared("School name", Field.FILE, false, false, "schoolname");
  public static final TemplateColumn UPN =
      shared("UPN", Field.UPN, true, true, "upn", "uniquepupilnumber");
  public static final TemplateColumn FORMER_UPN =
      shared("Former UPN", Field.FORMER_UPN, false, true, "formerupn", "previousupn");
  public static final TemplateColumn FORENAME =
      shared(
          "Forename",
          Field.FORENAME,
          true,
          true,
          "forename",
          "forenames",
          "firstname",
          "legalforename",
          "givenname");
  public static final TemplateColumn SURNAME =
      shared(
          "Surname",
          Field.SURNAME,
          true,
          true,
          "surname",
          "lastname",
          "legalsurname",
          "familyname");
  public static final TemplateColumn SEX = shared("Gender", Field.SEX, true, true, "gender", "sex");
  public static final TemplateColumn DATE_OF_BIRTH =
      shared("Date of birth", Field.DATE_OF_BIRTH, true, true, "dateofbirth", "dob", "birthdate");
  public static final TemplateColumn NC_YEAR =
      shared(
          "NC Year",
          Field.NC_YEAR,
          false,
          false,
          "ncyear",
          "ncyearactual",
          "nationalcurriculumyear",
          "yeargroup");
  public static final TemplateColumn YEAR =
      shared(
          "Year",
          Field.FILE,
          false,
          false,
          "year",
          "assessmentyear",
          "collectionyear",
          "academicyear");

  /**
   * The columns every template has before its items, in template order. The school's details, the
   * NC year and the year are not pupil data: LA templates often come with them filled down the
   * column, below the last pupil, and such a row is as blank as an empty one.
   */
  public static final List<TemplateColumn> IDENTITY =
      List.of(SCHOOL, SCHOOL_NAME, UPN, FORMER_UPN, FORENAME, SURNAME, SEX, DATE_OF_BIRTH, NC_YEAR);

  private static final Pattern HINT = Pattern.compile("\\s*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\])\\s*$");

  public TemplateColumn {
    names = List.copyOf(names);
  }

  private static TemplateColumn shared(
      String templateName, Field field, boolean required, boolean pupilData, String... names) {
    return new TemplateColumn(templateName, field, required, pupilData, List.of(names), null);
  }

  /** The column of one of {@code definition}'s items. */
  public static TemplateColumn of(CollectionDefinition definition, TemplateItemColumn column) {
    Item item =
        definition
            .item(column.item())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        definition.id() + " has a template column of no item: " + column.item()));
    return new TemplateColumn(
        column.heading(), item.field(), column.required(), true, column.names(), item);
  }

  /** Whether its cells are whole numbers, which lose a spreadsheet's {@code .0}. */
  public boolean wholeNumber() {
    return item != null && item.kind() instanceof ItemKind.WholeNumber;
  }

  /** The header without its trailing bracketed hints; the header itself if nothing else is left. */
  static String withoutHint(String header) {
    if (header == null) {
      return "";
    }
    String name = header;
    Matcher hint = HINT.matcher(name);
    while (hint.find() && hint.start() > 0) {
      name = name.substring(0, hint.start());
      hint = HINT.matcher(name);
    }
    return name;
  }

  static String key(String header) {
    return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  @Override
  public String toString() {
    return templateName;
  }
}
