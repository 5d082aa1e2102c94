package uk.ks1.collections.ks1ta.sample;

import java.util.List;
import java.util.Random;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.Item;

/**
 * KS1 TA's synthetic returns: the four TA codes drawn per LA from DfE's published percentages
 * (2016-2023), written as a school MIS writes its KS1 CTF and as schools fill the early-results
 * template; its figures are checked in the summaries.
 */
public final class Ks1TaSample implements CollectionSample {
  public static final Ks1TaSample INSTANCE = new Ks1TaSample();

  private static final List<Item> WRITTEN = Subject.ALL.stream().map(Subject::item).toList();
  private static final CtfRow[] CTF = {
    new CtfRow("KS1", "ENG", "AT2", "TA"),
    new CtfRow("KS1", "ENG", "AT3", "TA"),
    new CtfRow("KS1", "MAT", "SUB", "TA"),
    new CtfRow("KS1", "SCI", "SUB", "TA")
  };
  private static final String[] HEADINGS = {
    "Teacher Assessment: KS1 Reading",
    "Teacher Assessment: KS1 Writing",
    "Teacher Assessment: KS1 Maths",
    "Teacher Assessment: KS1 Science"
  };

  private final AttainmentTable attainment = new AttainmentTable();

  private Ks1TaSample() {}

  @Override
  public List<Item> written() {
    return WRITTEN;
  }

  @Override
  public boolean hasYear(int year) {
    return attainment.hasYear(year);
  }

  @Override
  public String noFiguresFor(int year) {
    return "No published KS1 figures for "
        + year
        + " (none for 2020 and 2021): pick 2016-2019, 2022 or 2023";
  }

  @Override
  public String[] draw(Random random, int year, String laCode, String region) {
    return Ks1Results.draw(random, attainment.rates(year, laCode, region));
  }

  /** HNM in reading, writing or maths (a science code), PK2 in science (R01). */
  @Override
  public String wrongCode(int i) {
    return i == 3 ? "PK2" : "HNM";
  }

  @Override
  public int ncYear() {
    return 2;
  }

  @Override
  public String fileName(String format, String laestab, int year) {
    return switch (format) {
      case "csv" -> "KS1_" + laestab + "_" + year % 100 + ".csv";
      case "xlsx" -> year + "KS1RS_" + laestab + ".xlsx";
      default -> laestab + "_KS1_" + laestab.substring(0, 3) + "LLLL_001.xml";
    };
  }

  @Override
  public String sheetTitle(String schoolName) {
    return "KS1 early results: " + schoolName;
  }

  @Override
  public CtfRow ctf(int i) {
    return CTF[i];
  }

  @Override
  public String heading(int i) {
    return HEADINGS[i];
  }
}
