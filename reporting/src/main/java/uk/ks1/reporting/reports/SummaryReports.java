package uk.ks1.reporting.reports;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.reporting.figures.Disclosure;
import uk.ks1.reporting.figures.FigureEndpoints;
import uk.ks1.reporting.figures.FigureEndpoints.Levels;
import uk.ks1.reporting.figures.Published;
import uk.ks1.reporting.figures.Summary;

/**
 * The summaries to send on, as PDFs: a school's figures with its gap analysis (table and chart)
 * against its LA, region and England; an LA's figures with its gaps and every school's headline
 * figures. Both print the cells the API publishes for the same caller, in the collection's words.
 */
public final class SummaryReports {
  private SummaryReports() {}

  /** {@code subject} published with its gaps; {@code above} the comparators, published. */
  public static byte[] school(
      CollectionReporting collection, Published school, List<Published> above) {
    try (PdfReport pdf = new PdfReport(collection, title(collection, school))) {
      pdf.line("School " + school.key() + ", LA " + school.la() + ", " + school.region());
      pdf.coverage(school);
      pdf.heading(collection.labels().measuresHeading());
      pdf.measures(school);
      pdf.heading("Gap analysis");
      pdf.gaps(school);
      pdf.chart(GapChart.png(collection, series(school, above), 900, 440));
      pdf.published(above);
      pdf.notes(school.suppressed());
      return pdf.finish();
    }
  }

  public static byte[] la(
      CollectionReporting collection,
      Published la,
      List<Published> above,
      List<Published> schools) {
    try (PdfReport pdf = new PdfReport(collection, title(collection, la))) {
      pdf.line("LA " + la.key() + ", " + la.region());
      pdf.coverage(la);
      pdf.heading(collection.labels().measuresHeading());
      pdf.measures(la);
      pdf.heading("Gap analysis");
      pdf.gaps(la);
      pdf.chart(GapChart.png(collection, series(la, above), 900, 440));
      pdf.published(series(la, above));
      pdf.heading("Schools: % reaching " + collection.stats().metMeaning());
      List<ReportedMeasure> measures = collection.briefMeasures();
      float[] widths = new float[3 + measures.size()];
      widths[0] = 3.4f;
      widths[1] = 1.2f;
      for (int i = 2; i < widths.length; i++) {
        widths[i] = 1;
      }
      PdfPTable t = pdf.table(widths);
      List<String> head = new ArrayList<>(List.of("School", "LAESTAB", "Pupils"));
      measures.forEach(m -> head.add(m.shortLabel()));
      pdf.header(t, head.toArray(String[]::new));
      for (Published s : schools) {
        pdf.cell(t, s.name());
        pdf.cell(t, s.key());
        pdf.cell(t, String.valueOf(s.coverage().pupils()));
        for (ReportedMeasure m : measures) {
          pdf.cell(t, String.valueOf(s.measure(m.key()).metPctRounded()));
        }
      }
      pdf.add(t);
      pdf.notes(la.suppressed() || schools.stream().anyMatch(Published::suppressed));
      return pdf.finish();
    }
  }

  /**
   * A school's summary for the caller {@code d} is made for: its figures, gaps and levels above.
   */
  public static byte[] school(
      CollectionReporting collection, Disclosure d, Levels levels, Summary school) {
    return school(
        collection,
        FigureEndpoints.withGaps(d, levels, school),
        levels.above(school).stream().map(d::publish).toList());
  }

  /**
   * An LA's summary for the caller {@code d} is made for, with its schools; null without figures.
   */
  public static byte[] la(CollectionReporting collection, Disclosure d, Levels levels, String la) {
    Summary summary = levels.las().get(la);
    if (summary == null) {
      return null;
    }
    List<Published> schools =
        levels.schools().values().stream()
            .filter(s -> la.equals(s.laCode()))
            .map(d::publish)
            .toList();
    return la(
        collection,
        FigureEndpoints.withGaps(d, levels, summary),
        levels.above(summary).stream().map(d::publish).toList(),
        schools);
  }

  /** "<short name> provisional summary: Alder Primary School". */
  private static String title(CollectionReporting collection, Published subject) {
    return collection.labels().shortName() + " provisional summary: " + subject.name();
  }

  private static List<Published> series(Published subject, List<Published> above) {
    List<Published> all = new ArrayList<>();
    all.add(subject);
    all.addAll(above);
    return all;
  }
}
