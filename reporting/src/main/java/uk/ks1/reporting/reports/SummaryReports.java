package uk.ks1.reporting.reports;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import uk.ks1.reporting.figures.Measure;
import uk.ks1.reporting.figures.Published;

/**
 * The summaries to send on, as PDFs: a school's figures with its gap analysis (table and chart)
 * against its LA, region and England; an LA's figures with its gaps and every school's headline
 * figures. Both print the cells the API publishes for the same caller.
 */
public final class SummaryReports {
  private SummaryReports() {}

  /** {@code subject} published with its gaps; {@code above} the comparators, published. */
  public static byte[] school(Published school, List<Published> above) {
    try (PdfReport pdf = new PdfReport("KS1 provisional summary: " + school.name())) {
      pdf.line("School " + school.key() + ", LA " + school.la() + ", " + school.region());
      pdf.coverage(school);
      pdf.heading("Teacher assessment");
      pdf.measures(school);
      pdf.heading("Gap analysis");
      pdf.gaps(school);
      pdf.chart(GapChart.png(series(school, above), 900, 440));
      pdf.notes(school.suppressed());
      return pdf.finish();
    }
  }

  public static byte[] la(Published la, List<Published> above, List<Published> schools) {
    try (PdfReport pdf = new PdfReport("KS1 provisional summary: " + la.name())) {
      pdf.line("LA " + la.key() + ", " + la.region());
      pdf.coverage(la);
      pdf.heading("Teacher assessment");
      pdf.measures(la);
      pdf.heading("Gap analysis");
      pdf.gaps(la);
      pdf.chart(GapChart.png(series(la, above), 900, 440));
      pdf.heading("Schools: % at expected standard or above");
      PdfPTable t = pdf.table(new float[] {3.4f, 1.2f, 1, 1, 1, 1, 1, 1});
      pdf.header(
          t, "School", "LAESTAB", "Pupils", "Reading", "Writing", "Maths", "Science", "RWM*");
      for (Published s : schools) {
        pdf.cell(t, s.name());
        pdf.cell(t, s.key());
        pdf.cell(t, String.valueOf(s.coverage().pupils()));
        for (Measure m : Measure.values()) {
          pdf.cell(t, String.valueOf(s.measure(m).exsPlusPctRounded()));
        }
      }
      pdf.add(t);
      pdf.notes(la.suppressed() || schools.stream().anyMatch(Published::suppressed));
      return pdf.finish();
    }
  }

  private static List<Published> series(Published subject, List<Published> above) {
    List<Published> all = new ArrayList<>();
    all.add(subject);
    all.addAll(above);
    return all;
  }
}
