package uk.ks1.collections.eyfsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.ks1.core.collection.Item;

/**
 * The 17 early learning goals of the EYFS profile from 2022 and their seven areas, read from {@code
 * goals.csv} and {@code areas.csv} (data, in the profile's order): everything else of EYFSP is made
 * from them.
 */
public final class Goals {
  private static final String DIR = "/uk/ks1/collections/eyfsp/";

  /** The areas, in the profile's order. */
  public static final List<Area> AREAS;

  /** The goals E01-E17, in order. */
  public static final List<Goal> ALL;

  /** The goals of a good level of development (E01-E12). */
  public static final List<Goal> GLD;

  static {
    Map<String, Area> areas = new LinkedHashMap<>();
    for (CSVRecord r : read(DIR + "areas.csv")) {
      areas.put(r.get("area"), new Area(r.get("area"), r.get("name")));
    }
    List<Goal> goals = new ArrayList<>();
    for (CSVRecord r : read(DIR + "goals.csv")) {
      Area area = areas.get(r.get("area"));
      if (area == null) {
        throw new IllegalStateException("goals.csv: goal " + r.get("goal") + " has no known area");
      }
      String code = r.get("goal");
      goals.add(
          new Goal(
              code,
              area,
              r.get("name"),
              r.get("gld").equalsIgnoreCase("yes"),
              Item.code(code.toLowerCase(Locale.ROOT), r.get("name"))));
    }
    AREAS = List.copyOf(areas.values());
    ALL = List.copyOf(goals);
    GLD = ALL.stream().filter(Goal::gld).toList();
  }

  private Goals() {}

  /** The goals of an area, in order. */
  public static List<Goal> of(Area area) {
    return ALL.stream().filter(g -> g.area().equals(area)).toList();
  }

  /** The store's columns of some goals ({@code e01}...), for a count over them. */
  public static String[] columns(List<Goal> goals) {
    return goals.stream().map(Goal::column).toArray(String[]::new);
  }

  static List<CSVRecord> read(String resource) {
    try (InputStream in = Goals.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + resource);
      }
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .get();
      return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
