package uk.ks1.reporting.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.core.json.Json;

/**
 * The dashboard's page in one collection's words: {@code index.html} is the generic frame, whose
 * {@code {{name}}} places take the collection's labels (HTML-escaped), its headline cards and its
 * measure picker; its measures and their API fields go to the script as JSON in the page ({@code
 * <script id="collection">}), so {@code dashboard.js} names no measure of its own.
 */
final class DashboardPage {
  private static final String TEMPLATE = Assets.OWN + "index.html";
  private static final Pattern PLACE = Pattern.compile("\\{\\{(\\w+)}}");

  private DashboardPage() {}

  /** The page of one collection, with no picker (the only one registered). */
  static Reply render(CollectionDefinition d) {
    return render(d, List.of(d));
  }

  /**
   * The page of {@code d}, with a picker of every registered collection when there are several
   * (choosing one loads {@code /?collection=<id>}, so the choice is kept in the URL).
   */
  static Reply render(CollectionDefinition d, List<CollectionDefinition> registered) {
    String template;
    try (InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("The dashboard's page is missing from the build");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> places = places(d, registered);
    Matcher m = PLACE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = places.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("The dashboard's page has an unknown place " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return Reply.text(out.toString(), "text/html; charset=utf-8");
  }

  private static Map<String, String> places(
      CollectionDefinition d, List<CollectionDefinition> registered) {
    CollectionReporting r = d.reporting();
    boolean published = !r.published().isEmpty();
    ReportedStats stats = r.stats();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("service", html(r.labels().service()));
    p.put("title", html(r.labels().title()));
    p.put("met", html(stats.metLabel()));
    p.put("higher", html(stats.higherLabel()));
    p.put("tableNote", html(r.labels().tableNote()));
    p.put("notApplicable", html(r.labels().notApplicable()));
    p.put("collectionPicker", picker(d, registered));
    p.put(
        "higherHead",
        r.hasHigher()
            ? "            <th scope=\"col\" class=\"govuk-table__header"
                + " govuk-table__header--numeric\">% "
                + html(stats.higherLabel())
                + "</th>\n"
            : "");
    p.put(
        "publishedHead",
        published
            ? "            <th scope=\"col\" class=\"govuk-table__header"
                + " govuk-table__header--numeric\">DfE published</th>\n"
            : "");
    p.put(
        "gapPublished",
        published
            ? "      <table class=\"govuk-table\" id=\"gap-published\">\n"
                + "        <caption class=\"govuk-table__caption govuk-table__caption--s\">"
                + "DfE published % "
                + html(stats.metLabel())
                + ": the latest year, and the years before</caption>\n"
                + "        <thead class=\"govuk-table__head\"></thead>\n"
                + "        <tbody class=\"govuk-table__body\"></tbody>\n"
                + "      </table>\n"
            : "");
    p.put(
        "publishedNote",
        published
            ? " <strong>DfE published</strong>: the DfE's last published figure for the same"
                + " LA, region or England (its year in brackets; the line shows the years"
                + " published before), beside the provisional one; x where the DfE published"
                + " none."
            : "");
    StringBuilder cards = new StringBuilder();
    StringBuilder options = new StringBuilder();
    for (ReportedMeasure m : r.measures()) {
      if (m.headline()) {
        cards
            .append("      <div class=\"govuk-grid-column-one-quarter\"><div class=\"ks1-card\">")
            .append("<span class=\"ks1-card__label\">")
            .append(html(m.label() + " " + stats.metLabel()))
            .append("</span><span class=\"ks1-card__value\" id=\"national-")
            .append(html(m.key()))
            .append("\">-</span>");
        if (published) {
          cards
              .append("<span class=\"ks1-card__published\" id=\"national-")
              .append(html(m.key()))
              .append("-published\"></span>");
        }
        cards.append("</div></div>\n");
      }
      options
          .append("        <option value=\"")
          .append(html(m.key()))
          .append("\">")
          .append(
              html(m.note() == null ? m.label() : m.shortLabel() + " (" + lower(m.note()) + ")"))
          .append("</option>\n");
    }
    p.put("cards", cards.toString());
    p.put("measureOptions", options.toString());
    p.put("collection", script(d, registered));
    return p;
  }

  /** The collection picker: every registered collection, this one chosen; none if only one. */
  private static String picker(CollectionDefinition d, List<CollectionDefinition> registered) {
    if (registered.size() < 2) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(
            "        <div class=\"govuk-form-group\">\n"
                + "          <label class=\"govuk-label govuk-label--s\" for=\"collection-picker\">"
                + "Collection</label>\n"
                + "          <select class=\"govuk-select\" id=\"collection-picker\">\n");
    for (CollectionDefinition c : registered) {
      out.append("            <option value=\"")
          .append(html(c.id()))
          .append('"')
          .append(c.id().equals(d.id()) ? " selected" : "")
          .append('>')
          .append(html(c.name()))
          .append("</option>\n");
    }
    return out.append("          </select>\n        </div>\n").toString();
  }

  /** What the script needs: the measures in order, their short labels, the API's field names. */
  private static String script(CollectionDefinition d, List<CollectionDefinition> registered) {
    CollectionReporting r = d.reporting();
    List<Map<String, Object>> measures = new ArrayList<>();
    for (ReportedMeasure m : r.measures()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("key", m.key());
      one.put("label", m.shortLabel());
      one.put("headline", m.headline());
      measures.add(one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", d.id());
    out.put("measures", measures);
    out.put("met", r.stats().metField());
    out.put("metLabel", r.stats().metLabel());
    out.put("higher", r.stats().higherField());
    out.put("higherLabel", r.stats().higherLabel());
    out.put("hasHigher", r.hasHigher());
    out.put("hasPublished", !r.published().isEmpty());
    out.put("first", d.equals(registered.get(0)));
    // inside a script element nothing may close it: "</" and "<!--" never appear as they are
    return new String(Json.write(out), StandardCharsets.UTF_8).replace("<", "\\u003c");
  }

  private static String lower(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
