package uk.ks1.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

/**
 * A workbook's zip read from the bytes already in memory (within the file size limit), part by part
 * as from a file on disk: no copy of it is ever written, so none with pupils' names and UPNs can be
 * left outside the data folder. POI puts no zip-bomb checks on a source of one's own, so each part
 * is read through POI's own threshold stream, as {@code ZipSecureFile} does for a file: the limits
 * of {@link XlsxLimits} hold the same (POI's part count limit is checked by the package itself).
 */
final class InMemoryWorkbook extends ZipFileZipEntrySource {
  private InMemoryWorkbook(ZipFile zip) {
    super(zip);
  }

  static InMemoryWorkbook of(byte[] bytes) throws IOException {
    return new InMemoryWorkbook(
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get());
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    return new ZipArchiveThresholdInputStream(super.getInputStream(entry));
  }
}
