package uk.ks1.ingest.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's header row: its collection's template, which cell holds which column, and the header
 * text the school wrote (so error reports can name the column as the school knows it), both in
 * template order. Extra columns are ignored, and the first of two same columns wins.
 */
public record TemplateHeader(
    int row,
    TemplateLayout layout,
    Map<TemplateColumn, Integer> index,
    Map<TemplateColumn, String> written) {

  public TemplateHeader {
    index = Collections.unmodifiableMap(inTemplateOrder(layout, index));
    written = Collections.unmodifiableMap(inTemplateOrder(layout, written));
  }

  /** The columns of {@code layout} that {@code cells} name. */
  static TemplateHeader of(TemplateLayout layout, int row, List<String> cells) {
    Map<TemplateColumn, Integer> index = new HashMap<>();
    Map<TemplateColumn, String> written = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String text = CellText.clean(cells.get(i));
      var column = layout.named(text);
      if (column.isPresent() && !index.containsKey(column.get())) {
        index.put(column.get(), i);
        written.put(column.get(), text);
      }
    }
    return new TemplateHeader(row, layout, index, written);
  }

  /** How many of its collection's item columns the header names. */
  int itemColumns() {
    return (int) layout.items().stream().filter(index::containsKey).count();
  }

  /** Required template columns this header lacks, in template order. */
  public List<TemplateColumn> missing() {
    List<TemplateColumn> missing = new ArrayList<>();
    for (TemplateColumn c : layout.columns()) {
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

  private static <V> Map<TemplateColumn, V> inTemplateOrder(
      TemplateLayout layout, Map<TemplateColumn, V> map) {
    Map<TemplateColumn, V> ordered = new LinkedHashMap<>();
    for (TemplateColumn c : layout.columns()) {
      if (map.containsKey(c)) {
        ordered.put(c, map.get(c));
      }
    }
    return ordered;
  }
}
