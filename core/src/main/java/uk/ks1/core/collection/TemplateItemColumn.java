package uk.ks1.core.collection;

import java.util.List;

/**
 * A template column holding one of the collection's items: its heading in the template, whether a
 * file must have it (F12 otherwise), and every name schools' files give it. Names are compared with
 * case, spaces and punctuation ignored, so they are written here as lower-case letters and digits
 * ({@code "phonicsmark"} for "Phonics mark"); the heading is one of them. A whole-number item's
 * cells lose a spreadsheet's {@code .0}.
 */
public record TemplateItemColumn(
    String item, String heading, boolean required, List<String> names) {
  public TemplateItemColumn {
    names = List.copyOf(names);
    for (String n : names) {
      if (!n.matches("[a-z0-9]+")) {
        throw new IllegalArgumentException(
            "a column's name is lower-case letters and digits, not: " + n);
      }
    }
  }
}
