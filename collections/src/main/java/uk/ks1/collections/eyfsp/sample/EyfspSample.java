package uk.ks1.collections.eyfsp.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.Item;

/**
 * EYFSP's synthetic returns: each child's 17 goals drawn per LA from DfE's published figures
 * (2022-2025: % GLD, % expected in all 17, average goals at expected; {@link Profiles}), written as
 * a school system writes its EYFSP CTF (Stage FSP, Subject the area, Component the goal, Method TA)
 * and as schools fill the template (columns E01-E17).
 */
public final class EyfspSample implements CollectionSample {
  public static final EyfspSample INSTANCE = new EyfspSample();

  private static final List<Item> WRITTEN = Goals.ALL.stream().map(Goal::item).toList();

  private final ReferenceFigures figures = new ReferenceFigures();
  private final Map<String, Profiles.Fit> fits = new ConcurrentHashMap<>();

  private EyfspSample() {}

  @Override
  public List<Item> written() {
    return WRITTEN;
  }

  @Override
  public boolean hasYear(int year) {
    return figures.hasYear(year);
  }

  @Override
  public String noFiguresFor(int year) {
    return "No published EYFSP figures for "
        + year
        + ": pick 2022-2025 (the profile's figures from its 2022 framework)";
  }

  @Override
  public String[] draw(Random random, int year, String laCode, String region) {
    Profiles.Fit fit =
        fits.computeIfAbsent(
            year + "/" + laCode, k -> Profiles.fit(figures.targets(year, laCode, region)));
    return Profiles.draw(random, fit);
  }

  /** 3: "exceeding", the 2013-2021 profile's code, still offered by old systems (L02). */
  @Override
  public String wrongCode(int i) {
    return "3";
  }

  /** Reception. */
  @Override
  public int ncYear() {
    return 0;
  }

  @Override
  public String fileName(String format, String laestab, int year) {
    String estab = laestab.substring(3);
    return switch (format) {
      case "csv" -> "EYFSP_" + estab + "_" + year % 100 + ".csv";
      case "xlsx" -> "EYFSP_" + estab + "_" + year % 100 + ".xlsx";
      default -> laestab + "_FSP_" + laestab.substring(0, 3) + "LLLL_001.xml";
    };
  }

  @Override
  public String sheetTitle(String schoolName) {
    return "EYFS profile: " + schoolName;
  }

  @Override
  public CtfRow ctf(int i) {
    Goal g = Goals.ALL.get(i);
    return new CtfRow("FSP", g.area().code(), g.code(), "TA");
  }

  @Override
  public String heading(int i) {
    return Goals.ALL.get(i).code();
  }
}
