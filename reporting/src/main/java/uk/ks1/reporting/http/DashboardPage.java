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

  static Reply render(CollectionDefinition d) {
    String template;
    try (InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("The dashboard's page is missing from the build");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> places = places(d);
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

  private static Map<String, String> places(CollectionDefinition d) {
    CollectionReporting r = d.reporting();
    ReportedStats stats = r.stats();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("service", html(r.labels().service()));
    p.put("title", html(r.labels().title()));
    p.put("met", html(stats.metLabel()));
    p.put("higher", html(stats.higherLabel()));
    p.put("tableNote", html(r.labels().tableNote()));
    p.put("notApplicable", html(r.labels().notApplicable()));
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
            .append("\">-</span></div></div>\n");
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
    p.put("collection", script(d));
    return p;
  }

  /** What the script needs: the measures in order, their short labels, the API's field names. */
  private static String script(CollectionDefinition d) {
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
