package uk.ks1.app.toy;

import java.util.List;
import java.util.Random;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.Item;

/**
 * The toy's sample: Year 1 pupils, a word-reading mark around 30 (an LA's mean moved by its code,
 * so LAs differ), fluency WA from a mark of 25 and WB below it, and now and then an absent pupil
 * (fluency A without a mark: the query C01, which counts). Files are named with the token RC.
 */
final class ReadingCheckSample implements CollectionSample {
  static final ReadingCheckSample INSTANCE = new ReadingCheckSample();

  private static final List<CtfRow> CTF =
      List.of(new CtfRow("RC", "RC", "WR", "TT"), new CtfRow("RC", "RC", "FL", "TT"));

  private ReadingCheckSample() {}

  @Override
  public List<Item> written() {
    return List.of(ReadingCheck.WORD_READING, ReadingCheck.FLUENCY);
  }

  @Override
  public boolean hasYear(int year) {
    return year >= 2023;
  }

  @Override
  public String noFiguresFor(int year) {
    return "The reading check has figures for 2023 on, not " + year;
  }

  @Override
  public String[] draw(Random random, int year, String laCode, String region) {
    if (random.nextDouble() < 0.02) {
      return new String[] {null, "A"};
    }
    double mean = 28 + Integer.parseInt(laCode) % 5;
    int mark = (int) Math.max(0, Math.min(40, Math.round(mean + 7 * random.nextGaussian())));
    return new String[] {String.valueOf(mark), mark >= 25 ? "WA" : "WB"};
  }

  @Override
  public String wrongCode(int i) {
    return i == 0 ? "41" : "WTS";
  }

  @Override
  public int ncYear() {
    return 1;
  }

  @Override
  public String fileName(String format, String laestab, int year) {
    return switch (format) {
      case "csv" -> "RC_" + laestab + "_" + year % 100 + ".csv";
      case "xlsx" -> year + "RC_" + laestab + ".xlsx";
      default -> laestab + "_RC_" + laestab.substring(0, 3) + "LLLL_001.xml";
    };
  }

  @Override
  public String sheetTitle(String schoolName) {
    return "Reading check: " + schoolName;
  }

  @Override
  public CtfRow ctf(int i) {
    return CTF.get(i);
  }

  @Override
  public String heading(int i) {
    return i == 0 ? "Reading check: word reading" : "Reading check: fluency";
  }
}
