package uk.ks1.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which day a workbook's day numbers count from. Excel has two date systems: the 1900 system
 * (Windows; day 1 is 1 January 1900) and the 1904 system (old Mac workbooks and some exports; day 0
 * is 1 January 1904), set for the whole workbook by {@code <workbookPr date1904="true"/>} in {@code
 * xl/workbook.xml}. POI's streaming sheet reader does not pass the flag on, so it is read here from
 * the workbook part, with POI's safe XML reader (no DTDs, no external entities).
 */
final class DateSystem {
  private DateSystem() {}

  /** True when the workbook part sets the 1904 date system ({@code true} or {@code 1}). */
  static boolean is1904(InputStream workbookPart) throws IOException, SAXException {
    Handler handler = new Handler();
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(workbookPart));
    } catch (Found found) {
      // workbookPr comes before the sheet list: the rest of the part is not needed
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return handler.date1904;
  }

  private static final class Handler extends DefaultHandler {
    boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if ("workbookPr".equals(localName)) {
        String flag = attributes.getValue("date1904");
        date1904 = flag != null && (flag.strip().equals("true") || flag.strip().equals("1"));
        throw new Found();
      }
    }
  }

  /** Ends the parse once workbookPr has been read. */
  private static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Found() {
      super(null, null, false, false);
    }
  }
}
