package uk.ks1.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.file.FileParser;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.ingest.template.TemplateLayouts;
import uk.ks1.ingest.template.TemplateReader;

/**
 * An XLSX workbook in the template layout, read with POI's streaming (SAX) reader so a huge sheet
 * is never held in memory: every sheet is read, row by row, into a {@link TemplateReader} of its
 * own, and {@link SheetChoice} says which one is the return (the sheet with the template's header
 * and pupil rows; instructions and example sheets are passed over). Date cells become ISO dates, in
 * the workbook's date system (1900 or 1904), and other numbers are read as stored, not as displayed
 * ({@link CellValues}). POI's zip-bomb limits are set in {@link XlsxLimits}; the row limit stops
 * the read as soon as it is passed.
 */
public final class XlsxParser implements FileParser {
  private final TemplateLayouts layouts;
  private final int maxRows;

  public XlsxParser(CollectionRegistry collections, int maxRows) {
    this.layouts = new TemplateLayouts(collections);
    this.maxRows = maxRows;
    XlsxLimits.apply();
  }

  @Override
  public List<SchoolReturn> parse(InputStream content, FileFacts facts, int defaultYear)
      throws FileRejectedException {
    String name = facts.fileName();
    try {
      byte[] bytes = content.readAllBytes();
      checkIsWorkbook(bytes, name);
      // Part by part from the bytes in memory: from a stream POI would unpack every part first,
      // and a copy on disk would hold pupils' names and UPNs outside the data folder.
      return read(bytes, facts, defaultYear);
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | POIXMLException
        | OpenXML4JRuntimeException
        | RecordFormatException
        | IllegalArgumentException
        | IllegalStateException e) {
      // every way POI says a workbook cannot be read, classified in one place
      throw new FileRejectedException(PoiFailures.classify(name, e));
    }
  }

  private List<SchoolReturn> read(byte[] bytes, FileFacts facts, int defaultYear)
      throws IOException, OpenXML4JException, SAXException, FileRejectedException {
    OPCPackage pkg = OPCPackage.open(InMemoryWorkbook.of(bytes));
    try {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      boolean date1904;
      try (InputStream workbook = reader.getWorkbookData()) {
        date1904 = DateSystem.is1904(workbook);
      }
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      SheetChoice choice = new SheetChoice(facts.fileName(), layouts.anyWording());
      boolean several = false;
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          several |= sheets.hasNext();
          TemplateReader template =
              new TemplateReader(
                  layouts, facts.fileName(), several ? name : null, defaultYear, maxRows);
          readSheet(sheet, styles, strings, date1904, template);
          choice.add(name, template);
        }
      }
      return choice.returns();
    } finally {
      pkg.revert();
    }
  }

  private static void readSheet(
      InputStream sheet,
      StylesTable styles,
      ReadOnlySharedStringsTable strings,
      boolean date1904,
      TemplateReader template)
      throws IOException, SAXException, FileRejectedException {
    Rows rows = new Rows(template);
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(styles, strings, rows, new CellValues(date1904), false));
      xml.parse(new InputSource(sheet));
    } catch (ParserStop stop) {
      if (stop.reason != null) {
        throw stop.reason;
      }
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects each row's cells by column and hands the row to the template reader. */
  private static final class Rows implements SheetContentsHandler {
    private final TemplateReader template;
    private final List<String> cells = new ArrayList<>();

    Rows(TemplateReader template) {
      this.template = template;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      try {
        template.row(rowNum + 1, List.copyOf(cells));
      } catch (FileRejectedException e) {
        throw new ParserStop(e);
      }
      if (template.gaveUp()) {
        throw new ParserStop(null);
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      if (column < cells.size()) {
        cells.set(column, value == null ? "" : value);
      } else {
        cells.add(value == null ? "" : value);
      }
    }
  }

  /** Stops the SAX parse from inside the handler, with the reason to reject if there is one. */
  private static final class ParserStop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient FileRejectedException reason;

    ParserStop(FileRejectedException reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }

  private static void checkIsWorkbook(byte[] bytes, String name) throws FileRejectedException {
    if (bytes.length == 0) {
      throw new FileRejectedException(
          FileRules.NO_CONTENT.issue(null, Field.FILE, "0 bytes", Map.of("name", name)));
    }
    if (bytes.length >= 4
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw new FileRejectedException(
          FileRules.XLSX_IS_XLS.issue(null, Field.FILE, "D0CF11E0", Map.of("name", name)));
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      throw new FileRejectedException(
          FileRules.XLSX_NOT_A_ZIP.issue(null, Field.FILE, "", Map.of("name", name)));
    }
  }
}
