package uk.ks1.reporting.table;

import java.util.List;
import java.util.Set;

/**
 * A table a report writes as CSV and as a workbook's sheet: its header, its rows of text (null for
 * an empty cell), and which columns hold whole numbers (numbers in the workbook).
 */
public record Table(
    String sheet, List<String> header, List<List<String>> rows, Set<Integer> numbers) {
  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    numbers = Set.copyOf(numbers);
  }
}
