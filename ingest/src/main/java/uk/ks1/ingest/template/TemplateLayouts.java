package uk.ks1.ingest.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.IntakeWording;

/**
 * The templates of every registered collection. A row is a header when it names at least three
 * columns of one collection's template; its collection is the one whose item columns it names most
 * (the first registered of equals), so a header of identity columns only is the first collection's.
 */
public final class TemplateLayouts {
  private static final int AT_LEAST = 3;

  private final List<TemplateLayout> layouts;
  private final List<String> fileNameTokens;

  public TemplateLayouts(CollectionRegistry registry) {
    List<TemplateLayout> layouts = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (CollectionDefinition d : registry.all()) {
      layouts.add(new TemplateLayout(d));
      tokens.addAll(d.intake().fileNameTokens());
    }
    this.layouts = List.copyOf(layouts);
    this.fileNameTokens = List.copyOf(tokens);
  }

  public List<TemplateLayout> all() {
    return layouts;
  }

  /** The tokens that name a registered collection in file names. */
  public List<String> fileNameTokens() {
    return fileNameTokens;
  }

  /** The wording of a file whose collection is not known: any of them. */
  public IntakeWording anyWording() {
    return IntakeWording.either(layouts.stream().map(TemplateLayout::wording).toList());
  }

  /** The header in {@code cells}, if the row is one. */
  public Optional<TemplateHeader> find(int row, List<String> cells) {
    TemplateHeader best = null;
    for (TemplateLayout layout : layouts) {
      TemplateHeader h = TemplateHeader.of(layout, row, cells);
      if (h.index().size() >= AT_LEAST && (best == null || h.itemColumns() > best.itemColumns())) {
        best = h;
      }
    }
    return Optional.ofNullable(best);
  }
}
