package uk.ks1.app.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ks1.core.collection.CollectionSample;

/**
 * A school's rows in the early-results template as a workbook, the way schools fill it in Excel: a
 * title row above the header, the DfE number as a number, dates of birth as real date cells.
 */
final class XlsxSchoolFile implements SchoolFile {
  private final CollectionSample sample;

  XlsxSchoolFile(CollectionSample sample) {
    this.sample = sample;
  }

  @Override
  public Path write(Path dir, School school, List<GeneratedPupil> pupils) throws IOException {
    Path file = dir.resolve(sample.fileName("xlsx", school.laestab(), school.year()));
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      String title = sample.sheetTitle(school.name());
      Sheet sheet = book.createSheet(title.substring(0, title.indexOf(' ')));
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      sheet.createRow(0).createCell(0).setCellValue(title);
      Row header = sheet.createRow(1);
      String[] headings = CsvSchoolFile.header(sample);
      for (int c = 0; c < headings.length; c++) {
        header.createCell(c).setCellValue(headings[c]);
      }
      int r = 2;
      for (GeneratedPupil p : pupils) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(Double.parseDouble(school.laestab()));
        row.createCell(1).setCellValue(p.upn);
        row.createCell(2).setCellValue(p.forename);
        row.createCell(3).setCellValue(p.surname);
        row.createCell(4).setCellValue(p.sex.equals("M") ? "Male" : "Female");
        Cell dob = row.createCell(5);
        dob.setCellValue(LocalDate.parse(p.dob));
        dob.setCellStyle(date);
        row.createCell(6).setCellValue(sample.ncYear());
        int first = CsvSchoolFile.IDENTITY.size();
        for (int s = 0; s < p.written.length; s++) {
          if (p.written[s] != null) {
            row.createCell(first + s).setCellValue(p.written[s]);
          }
        }
      }
      book.write(out);
    }
    return file;
  }
}
