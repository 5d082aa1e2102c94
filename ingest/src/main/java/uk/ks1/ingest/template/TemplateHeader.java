package uk.ks1.ingest.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template's header row: which cell holds which column, and the header text the school wrote (so
 * error reports can name the column as the school knows it). A row is a header when it names at
 * least three template columns; extra columns are ignored, and the first of two same columns wins.
 */
public record TemplateHeader(
    int row, Map<TemplateColumn, Integer> index, Map<TemplateColumn, String> written) {
  private static final int AT_LEAST = 3;

  public TemplateHeader {
    index = Collections.unmodifiableMap(new EnumMap<>(index));
    written = Collections.unmodifiableMap(new EnumMap<>(written));
  }

  /** The header in {@code cells}, if the row is one. */
  public static Optional<TemplateHeader> find(int row, List<String> cells) {
    Map<TemplateColumn, Integer> index = new EnumMap<>(TemplateColumn.class);
    Map<TemplateColumn, String> written = new EnumMap<>(TemplateColumn.class);
    for (int i = 0; i < cells.size(); i++) {
      String text = CellText.clean(cells.get(i));
      Optional<TemplateColumn> column = TemplateColumn.named(text);
      if (column.isPresent() && !index.containsKey(column.get())) {
        index.put(column.get(), i);
        written.put(column.get(), text);
      }
    }
    return index.size() >= AT_LEAST
        ? Optional.of(new TemplateHeader(row, index, written))
        : Optional.empty();
  }

  /** Required template columns this header lacks, in template order. */
  public List<TemplateColumn> missing() {
    List<TemplateColumn> missing = new ArrayList<>();
    for (TemplateColumn c : TemplateColumn.values()) {
      if (c.required() && !index.containsKey(c)) {
        missing.add(c);
      }
    }
    return missing;
  }

  public boolean has(TemplateColumn column) {
    return index.containsKey(column);
  }

  /** The cleaned text of {@code column} in a body row; empty when absent or blank. */
  public String cell(List<String> cells, TemplateColumn column) {
    Integer i = index.get(column);
    return i == null || i >= cells.size() ? "" : CellText.clean(cells.get(i));
  }
}
