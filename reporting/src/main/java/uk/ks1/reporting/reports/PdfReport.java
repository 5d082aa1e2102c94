package uk.ks1.reporting.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportedStats;
import uk.ks1.reporting.figures.Published;

/**
 * The layout the school and LA summaries share: a heading, what the figures cover, the measures
 * table, the gaps table, the chart and the notes on symbols, in the collection's words. Cells print
 * exactly what the API publishes (numbers rounded half up, or c, x, z).
 */
final class PdfReport implements AutoCloseable {
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Color HEAD_FILL = new Color(0xf3f2f1);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
  private final CollectionReporting collection;
  private final ReportedStats stats;

  PdfReport(CollectionReporting collection, String title) {
    this.collection = collection;
    this.stats = collection.stats();
    PdfWriter.getInstance(doc, out);
    doc.addTitle(title);
    doc.addCreator(collection.labels().service());
    doc.open();
    add(new Paragraph(title, TITLE));
  }

  void line(String text) {
    add(new Paragraph(text, BODY));
  }

  void heading(String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    add(p);
  }

  void coverage(Published p) {
    Published.Coverage c = p.coverage();
    line(
        "Provisional figures for "
            + (p.year() - 1)
            + "/"
            + String.valueOf(p.year()).substring(2)
            + ", covering "
            + c.pupils()
            + " pupils in "
            + c.schools()
            + (c.schools() == 1 ? " school" : " schools")
            + (c.updatedAt() == null ? "" : "; last updated " + TIME.format(c.updatedAt()))
            + ".");
  }

  /**
   * The measures table: counts and percentages as published (a school in the published view:
   * percentages only), no higher columns when no measure has a higher standard, and the DfE's
   * published figure beside the provisional one where the level has one (an LA, a region).
   */
  void measures(Published p) {
    boolean higher = collection.hasHigher();
    boolean dfe = p.measures().stream().anyMatch(m -> m.published() != null);
    boolean percentsOnly = p.suppressed() && "school".equals(p.level());
    List<String> head = new ArrayList<>(List.of("Measure"));
    if (!percentsOnly) {
      head.add("Eligible");
      head.add(stats.metLabel());
    }
    head.add("% " + stats.metLabel());
    if (higher) {
      if (!percentsOnly) {
        head.add(stats.higherLabel());
      }
      head.add("% " + stats.higherLabel());
    }
    if (dfe) {
      head.add("DfE published %");
    }
    float[] widths = new float[head.size()];
    java.util.Arrays.fill(widths, 1);
    widths[0] = 3.2f;
    if (dfe) {
      widths[widths.length - 1] = 1.6f;
    }
    PdfPTable t = table(widths);
    header(t, head.toArray(String[]::new));
    for (Published.MeasureFigures m : p.measures()) {
      List<Object> row = new ArrayList<>();
      if (!percentsOnly) {
        row.add(m.eligible());
        row.add(m.met());
      }
      row.add(m.metPctRounded());
      if (higher) {
        if (!percentsOnly) {
          row.add(m.higher());
        }
        row.add(m.higherPctRounded());
      }
      if (dfe) {
        row.add(dfe(m.published()));
      }
      cell(t, label(m));
      for (Object v : row) {
        cell(t, String.valueOf(v));
      }
    }
    add(t);
  }

  /**
   * The DfE's published figures of each level (an LA, its region, England) per measure: the latest
   * year's, and the years published before it as a trend.
   */
  void published(List<Published> levels) {
    List<Published> with =
        levels.stream()
            .filter(
                l ->
                    l.measures().stream()
                        .anyMatch(m -> m.published() instanceof Published.DfeFigure))
            .toList();
    if (with.isEmpty()) {
      return;
    }
    heading("DfE published figures: % reaching " + stats.metMeaning());
    float[] widths = new float[1 + with.size()];
    java.util.Arrays.fill(widths, 2);
    widths[0] = 2.4f;
    PdfPTable t = table(widths);
    List<String> head = new ArrayList<>(List.of("Measure"));
    with.forEach(l -> head.add(l.name()));
    header(t, head.toArray(String[]::new));
    for (ReportedMeasure m : collection.measures()) {
      if (with.stream()
          .noneMatch(l -> l.measure(m.key()).published() instanceof Published.DfeFigure)) {
        continue; // a measure the DfE publishes for none of them: a row of x says nothing
      }
      cell(t, m.shortLabel());
      for (Published l : with) {
        Object dfe = l.measure(m.key()).published();
        String text = dfe(dfe);
        if (dfe instanceof Published.DfeFigure f && f.trend().size() > 1) {
          text +=
              "\n"
                  + f.trend().get(0).year()
                  + "-"
                  + f.year()
                  + ": "
                  + String.join(", ", f.trend().stream().map(x -> percent(x.percent())).toList());
        }
        cell(t, text);
      }
    }
    add(t);
  }

  /** A published figure as printed: "68 (2023)", or x. */
  static String dfe(Object published) {
    if (published instanceof Published.DfeFigure f) {
      return percent(f.percent()) + " (" + f.year() + ")";
    }
    return published == null ? "" : String.valueOf(published);
  }

  /** 68 or 65.2: as the DfE published it. */
  static String percent(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  void gaps(Published p) {
    if (p.gaps() == null || p.gaps().isEmpty()) {
      return;
    }
    float[] widths = new float[1 + p.gaps().size()];
    widths[0] = 3.2f;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 1.4f;
    }
    PdfPTable t = table(widths);
    String[] head = new String[widths.length];
    head[0] = "Gap in % " + stats.metLabel() + " (points)";
    for (int i = 0; i < p.gaps().size(); i++) {
      head[i + 1] = "vs " + p.gaps().get(i).name();
    }
    header(t, head);
    for (ReportedMeasure m : collection.measures()) {
      cell(t, m.shortLabel());
      for (Published.Gaps g : p.gaps()) {
        Object v =
            g.measures().stream()
                .filter(x -> x.measure().equals(m.key()))
                .findFirst()
                .orElseThrow()
                .metRounded();
        cell(t, v instanceof Number n && n.longValue() > 0 ? "+" + v : String.valueOf(v));
      }
    }
    add(t);
  }

  void chart(byte[] png) {
    try {
      Image image = Image.getInstance(png);
      image.scaleToFit(515, 260);
      image.setAlignment(Element.ALIGN_CENTER);
      add(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4);
    return t;
  }

  void header(PdfPTable t, String... labels) {
    for (String l : labels) {
      PdfPCell c = new PdfPCell(new Phrase(l, BOLD));
      c.setBackgroundColor(HEAD_FILL);
      t.addCell(c);
    }
  }

  void cell(PdfPTable t, String text) {
    t.addCell(new PdfPCell(new Phrase(text, BODY)));
  }

  void add(Element e) {
    try {
      doc.add(e);
    } catch (DocumentException ex) {
      throw new IllegalStateException("The PDF could not be laid out", ex);
    }
  }

  void notes(boolean suppressed) {
    heading("Notes");
    line(
        "Provisional: these figures move as files arrive and are not the DfE's published"
            + " statistics. Percentages are rounded half up to whole numbers; gaps are worked out"
            + " from unrounded values.");
    collection.labels().notes().forEach(this::line);
    if (!collection.published().isEmpty()) {
      line(
          "DfE published: the DfE's last published figure for the same LA, region or England"
              + " (its year in brackets, and the years published before it), beside the"
              + " provisional one; x where the DfE published none.");
    }
    line(
        suppressed
            ? "Published view (docs/disclosure.md): c = suppressed, a count of 1 or 2 (or 1 or 2"
                + " short of the whole), a percentage of fewer than 6 eligible pupils, or a figure"
                + " hidden so that another cannot be worked out from it; schools show no counts,"
                + " only whole-number percentages and their pupils in a band; x = not available;"
                + " z = not applicable."
            : "Figures are unsuppressed (the LA's own view): do not publish them as they are.");
  }

  static String label(Published.MeasureFigures m) {
    return m.note() == null ? m.label() : m.label() + "*";
  }

  byte[] finish() {
    doc.close();
    return out.toByteArray();
  }

  @Override
  public void close() {
    if (doc.isOpen()) {
      doc.close();
    }
  }
}
