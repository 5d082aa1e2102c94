package uk.ks1.app.generate;

import java.time.LocalDate;
import java.util.Random;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.identity.Upn;

/**
 * Makes pupils of the collection's year group: a valid UPN of the school, names with accents and
 * apostrophes, a date of birth in the year group's window, and results drawn by the collection's
 * sample from its LA's published figures.
 */
final class PupilFactory {
  private static final String[] FORENAMES = {
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Zoë",
    "Chloé",
    "Renée",
    "Siân",
    "Aoife",
    "Mía",
    "Noah",
    "Oliver",
    "George",
    "Muhammad",
    "Seán",
    "Jürgen",
    "Łukasz",
    "Noël",
    "Björn",
    "José",
    "Ana-María",
    "Leo",
    "Freya",
    "Aaliyah",
    "Yusuf",
    "Priya",
    "Oluwaseun",
    "Chiara",
    "Dáithí",
    "Maëlle"
  };
  private static final String[] SURNAMES = {
    "Smith", "Jones", "O'Neill", "D'Arcy", "Brontë", "Nguyễn", "Kowalski", "Müller", "Ó Briain",
    "Taylor", "Patel", "Khan", "Williams", "Brown", "Evans", "Thomas", "MacDonald", "Ali",
    "Okafor", "Van der Berg", "Fernández", "Smith-Jones", "Wright", "Hughes", "Lewis-O'Brien"
  };

  private final int year;
  private final CollectionSample sample;
  private final String region;

  PupilFactory(int year, CollectionSample sample, String region) {
    this.year = year;
    this.sample = sample;
    this.region = region;
  }

  GeneratedPupil pupil(Random random, String la, String estab, int serial) {
    // the year the UPN was allotted (on entry to Reception), so year groups' UPNs differ
    int allotted = year - 1 - sample.ncYear();
    String body = la + estab + String.format("%02d%03d", allotted % 100, serial);
    String upn = Upn.expectedCheckLetter("A" + body).orElseThrow() + body;
    String[] codes = sample.draw(random, year, la, region);
    LocalDate from = LocalDate.of(year - 6 - sample.ncYear(), 9, 1);
    LocalDate dob = from.plusDays(random.nextInt(365));
    return new GeneratedPupil(
        upn,
        FORENAMES[random.nextInt(FORENAMES.length)],
        SURNAMES[random.nextInt(SURNAMES.length)],
        dob.toString(),
        random.nextDouble() < 0.51 ? "M" : "F",
        codes);
  }
}
