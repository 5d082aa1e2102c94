package uk.ks1.collections.eyfsp.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ks1.collections.eyfsp.Goal;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * The goal columns of the EYFSP template, each known by every name schools' files give it: {@code
 * E01}, {@code ELG01}, {@code ELG 1}, {@code ELG1}, {@code E1}, the goal's name ("Listening,
 * attention and understanding"), and the code before or after the name ("E01 Speaking", "Speaking
 * (ELG02)"). All 17 are required: a profile is all 17 goals, and a template without one of them
 * could give no child a valid profile (F12 says which is missing).
 */
public final class EyfspTemplateColumns {
  private EyfspTemplateColumns() {}

  public static List<TemplateItemColumn> all() {
    return Goals.ALL.stream().map(EyfspTemplateColumns::column).toList();
  }

  private static TemplateItemColumn column(Goal goal) {
    String number = goal.code().substring(1); // "01"
    String unpadded = String.valueOf(Integer.parseInt(number)); // "1"
    String name = compact(goal.name());
    List<String> codes =
        List.of(
            "e" + number,
            "elg" + number,
            "elg" + unpadded,
            "e" + unpadded,
            "fsp" + goal.area().column() + "e" + number);
    List<String> names = new ArrayList<>(codes);
    names.add(name);
    names.add("elg" + name);
    for (String code : codes.subList(0, 3)) {
      names.add(code + name);
      names.add(name + code);
    }
    return new TemplateItemColumn(
        goal.column(), goal.code(), true, names.stream().distinct().toList());
  }

  /** A name as the template reader compares it: lower-case letters and digits only. */
  static String compact(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
