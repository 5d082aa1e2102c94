package uk.ks1.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * A CSV in the template layout: decoded by {@link TextDecoding}, split by Commons CSV (quotes,
 * embedded commas and line breaks as Excel writes them), read by {@link TemplateReader}. The
 * separator is a comma unless Excel's {@code sep=} first line says otherwise, or the header only
 * makes sense split on semicolons or tabs (European Excel settings).
 */
public final class CsvParser implements FileParser {
  private static final Pattern SEP_LINE = Pattern.compile("\\Asep=(.)\\r?\\n");
  private static final char[] SEPARATORS = {',', ';', '\t'};

  private final TemplateLayouts layouts;
  private final int maxRows;

  public CsvParser(CollectionRegistry collections, int maxRows) {
    this.layouts = new TemplateLayouts(collections);
    this.maxRows = maxRows;
  }

  @Override
  public List<SchoolReturn> parse(InputStream content, FileFacts facts, int defaultYear)
      throws FileRejectedException {
    String text;
    try {
      text = TextDecoding.decode(content.readAllBytes(), facts.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Character separator = null;
    Matcher sep = SEP_LINE.matcher(text);
    if (sep.find()) {
      separator = sep.group(1).charAt(0);
      text = text.substring(sep.end());
    }
    if (separator == null) {
      separator = separatorOf(text, layouts);
    }
    TemplateReader reader = new TemplateReader(layouts, facts.fileName(), defaultYear, maxRows);
    try (CSVParser records = format(separator).parse(new StringReader(text))) {
      for (CSVRecord r : records) {
        reader.row((int) r.getRecordNumber(), r.toList());
        if (reader.gaveUp()) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new FileRejectedException(malformed(facts.fileName(), e));
    }
    return reader.finish();
  }

  /** The separator whose split of the first rows yields the template's header; else a comma. */
  private static char separatorOf(String text, TemplateLayouts layouts) {
    for (char candidate : SEPARATORS) {
      try (CSVParser records = format(candidate).parse(new StringReader(text))) {
        int n = 0;
        for (CSVRecord r : records) {
          if (layouts.find(n + 1, r.toList()).isPresent()) {
            return candidate;
          }
          if (++n >= TemplateReader.HEADER_WITHIN) {
            break;
          }
        }
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        // this separator does not read the file; the next may
      }
    }
    return ',';
  }

  private static CSVFormat format(char separator) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(separator)
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(false)
        .get();
  }

  private static uk.ks1.core.event.ValidationIssue malformed(String fileName, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return FileRules.CSV_MALFORMED.issue(
        null, Field.FILE, "", Map.of("name", fileName, "problem", detail));
  }
}
