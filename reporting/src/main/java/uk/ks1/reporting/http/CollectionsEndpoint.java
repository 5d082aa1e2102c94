package uk.ks1.reporting.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedMeasure;

/**
 * {@code /api/collections}: the collections this service reports on, as the registry lists them
 * (the first is the default), each with its measures, the ones its headline cards show, whether any
 * has a higher standard and whether it has DfE published figures: what a picker needs. It changes
 * only when the app is started with other collections, so it is tagged by content.
 */
final class CollectionsEndpoint {
  private final CollectionChoice collections;
  private final Reply answer;

  CollectionsEndpoint(CollectionChoice collections) {
    this.collections = collections;
    this.answer = Reply.json(body());
  }

  Route route() {
    return new Route(
        "/api/collections",
        uk.ks1.reporting.access.Exposure.FIGURES,
        Route.LaOf.NONE,
        Route.Tagging.CONTENT,
        r -> answer);
  }

  private Map<String, Object> body() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (CollectionDefinition d : collections.registered()) {
      CollectionReporting r = d.reporting();
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("id", d.id());
      one.put("name", d.name());
      one.put("shortName", r.labels().shortName());
      one.put("title", r.labels().title());
      one.put("met", r.stats().metField());
      one.put("metLabel", r.stats().metLabel());
      one.put("higherStandard", r.hasHigher());
      one.put("publishedFigures", !r.published().isEmpty());
      one.put(
          "headline",
          r.measures().stream()
              .filter(ReportedMeasure::headline)
              .map(ReportedMeasure::key)
              .toList());
      List<Map<String, Object>> measures = new ArrayList<>();
      for (ReportedMeasure m : r.measures()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("measure", m.key());
        mm.put("label", m.label());
        mm.put("dfeMeasure", m.official());
        mm.put("headline", m.headline());
        mm.put("higherStandard", m.hasHigher());
        measures.add(mm);
      }
      one.put("measures", measures);
      one.put("dashboard", "/?collection=" + d.id());
      all.add(one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("default", collections.primary().id());
    out.put("collections", all);
    return out;
  }
}
