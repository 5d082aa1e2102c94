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

/**
 * A school's rows in the early-results template as a workbook, the way schools fill it in Excel: a
 * title row above the header, the DfE number as a number, dates of birth as real date cells.
 */
final class XlsxSchoolFile implements SchoolFile {
  @Override
  public Path write(Path dir, School school, List<GeneratedPupil> pupils) throws IOException {
    Path file = dir.resolve(school.year() + "KS1RS_" + school.laestab() + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("KS1");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      sheet.createRow(0).createCell(0).setCellValue("KS1 early results: " + school.name());
      Row header = sheet.createRow(1);
      for (int c = 0; c < CsvSchoolFile.HEADER.length; c++) {
        header.createCell(c).setCellValue(CsvSchoolFile.HEADER[c]);
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
        row.createCell(6).setCellValue(2);
        for (int s = 0; s < 4; s++) {
          if (p.written[s] != null) {
            row.createCell(7 + s).setCellValue(p.written[s]);
          }
        }
      }
      book.write(out);
    }
    return file;
  }
}
