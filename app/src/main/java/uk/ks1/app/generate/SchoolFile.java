package uk.ks1.app.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one school's generated pupils as a file in one of the accepted formats. */
interface SchoolFile {
  /** Writes the file into {@code dir} and returns its path. */
  Path write(Path dir, School school, List<GeneratedPupil> pupils) throws IOException;

  /** A school of the generated collection. */
  record School(String la, String estab, String name, int year) {
    String laestab() {
      return la + estab;
    }
  }
}
