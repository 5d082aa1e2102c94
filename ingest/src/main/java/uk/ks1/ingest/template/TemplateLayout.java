package uk.ks1.ingest.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * One collection's template: the shared identity columns, the collection's item columns, then the
 * year, each known by all its names (a name naming two columns is a mistake in the definition).
 */
public final class TemplateLayout {
  private final CollectionDefinition definition;
  private final List<TemplateColumn> columns;
  private final List<TemplateColumn> items;
  private final Map<String, TemplateColumn> byName = new HashMap<>();

  public TemplateLayout(CollectionDefinition definition) {
    this.definition = definition;
    List<TemplateColumn> items = new ArrayList<>();
    for (TemplateItemColumn c : definition.intake().templateColumns()) {
      items.add(TemplateColumn.of(definition, c));
    }
    this.items = List.copyOf(items);
    List<TemplateColumn> all = new ArrayList<>(TemplateColumn.IDENTITY);
    all.addAll(items);
    all.add(TemplateColumn.YEAR);
    this.columns = List.copyOf(all);
    for (TemplateColumn c : columns) {
      for (String name : c.names()) {
        TemplateColumn before = byName.put(name, c);
        if (before != null && !before.equals(c)) {
          throw new IllegalStateException(
              definition.id() + ": '" + name + "' names " + before + " and " + c);
        }
      }
    }
  }

  public CollectionDefinition definition() {
    return definition;
  }

  public IntakeWording wording() {
    return definition.intake().wording();
  }

  /** Every column, in template order. */
  public List<TemplateColumn> columns() {
    return columns;
  }

  /** The columns of the collection's items, in template order. */
  public List<TemplateColumn> items() {
    return items;
  }

  /** The column of an item, by its id. */
  public Optional<TemplateColumn> item(String itemId) {
    return items.stream().filter(c -> c.item().id().equals(itemId)).findFirst();
  }

  /**
   * The column a header cell names, if any. A trailing hint in brackets, as templates write them
   * ({@code Gender (M/F)}, {@code Date of birth (dd/mm/yyyy)}, {@code DOB [DD/MM/YYYY]}), is not
   * part of the name, unless the name with it is a column's (a name an item's aliases give with its
   * brackets).
   */
  public Optional<TemplateColumn> named(String header) {
    TemplateColumn column = byName.get(TemplateColumn.key(header));
    return Optional.ofNullable(
        column != null
            ? column
            : byName.get(TemplateColumn.key(TemplateColumn.withoutHint(header))));
  }
}
