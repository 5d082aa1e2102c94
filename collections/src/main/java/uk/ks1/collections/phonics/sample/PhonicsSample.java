package uk.ks1.collections.phonics.sample;

import java.util.List;
import java.util.Random;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.collections.phonics.Thresholds;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.Item;

/**
 * The phonics check's synthetic returns: Year 1 pupils, each a mark or a code drawn per LA from the
 * DfE's published % met (2022-2025), written as a school MIS writes its phonics CTF (the mark, or
 * the code in its place, in the Result of PHO/PHO) and as schools fill the template ({@code
 * PHONICS_DDDD_yy.csv}). The NC year is not a written item: the generator writes {@link #ncYear()}
 * as every pupil's NC year (the identity's), and the store's NC-year item reads it from there.
 */
public final class PhonicsSample implements CollectionSample {
  public static final PhonicsSample INSTANCE = new PhonicsSample();

  private static final List<Item> WRITTEN = List.of(Phonics.MARK, Phonics.OUTCOME);

  /** Both items in the one pair: a Result that is not a whole number goes to the outcome. */
  private static final CtfRow PHO = new CtfRow("KS1", "PHO", "PHO", "TT");

  private static final String[] HEADINGS = {"Phonics mark", "Phonics outcome"};

  private final PhonicsRates rates = new PhonicsRates();

  private PhonicsSample() {}

  @Override
  public List<Item> written() {
    return WRITTEN;
  }

  @Override
  public boolean hasYear(int year) {
    return rates.hasYear(year);
  }

  @Override
  public String noFiguresFor(int year) {
    return "No published phonics figures for " + year + " in the reference file: pick 2022-2025";
  }

  @Override
  public String[] draw(Random random, int year, String laCode, String region) {
    return PhonicsResults.draw(random, rates.y1MetPct(year, laCode), Thresholds.of(year));
  }

  /**
   * 41 as the mark (one more than the check has: S01), NM as the outcome (the CTF's result
   * qualifier typed in its place: S03). Either takes the whole record out of the phonics figures,
   * not just the item.
   */
  @Override
  public String wrongCode(int i) {
    return i == 0 ? "41" : "NM";
  }

  @Override
  public int ncYear() {
    return 1;
  }

  @Override
  public String fileName(String format, String laestab, int year) {
    return switch (format) {
      case "csv" -> "PHONICS_" + laestab + "_" + String.format("%02d", year % 100) + ".csv";
      case "xlsx" -> "PHONICS_" + laestab + "_" + String.format("%02d", year % 100) + ".xlsx";
      default -> laestab + "_PHO_" + laestab.substring(0, 3) + "LLLL_001.xml";
    };
  }

  @Override
  public String sheetTitle(String schoolName) {
    return "Phonics screening check: " + schoolName;
  }

  @Override
  public CtfRow ctf(int i) {
    return PHO;
  }

  @Override
  public String heading(int i) {
    return HEADINGS[i];
  }
}
