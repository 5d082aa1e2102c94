package uk.ks1.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DfE's GIAS extract ({@code edubasealldataYYYYMMDD.csv}) as GIAS writes it: a subset of its 139
 * columns in its order and header names, Windows-1252, CRLF line ends, fields quoted where they
 * hold a comma or an apostrophe. The schools are synthetic.
 */
public final class GiasCsv {
  public static final String HEADER =
      "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,"
          + "TypeOfEstablishment (name),EstablishmentTypeGroup (name),"
          + "EstablishmentStatus (name),ReasonEstablishmentOpened (name),OpenDate,"
          + "ReasonEstablishmentClosed (name),CloseDate,PhaseOfEducation (name),"
          + "StatutoryLowAge,StatutoryHighAge,Boarders (name),NumberOfPupils,Trusts (name),"
          + "HeadTitle (name),HeadFirstName,HeadLastName";

  /** One school's row: what the tests vary, the rest as GIAS has it for a typical school. */
  public record School(
      String urn,
      String la,
      String laName,
      String number,
      String name,
      String type,
      String group,
      String status,
      String phase,
      String low,
      String high,
      String trust,
      String title,
      String first,
      String last) {

    /** An open LA-maintained community primary school, 4-11. */
    public static School primary(String la, String laName, String number, String name) {
      return new School(
          "1" + la + number,
          la,
          laName,
          number,
          name,
          "Community school",
          "Local authority maintained schools",
          "Open",
          "Primary",
          "4",
          "11",
          "",
          "Mx",
          "Sam",
          "Head" + number);
    }

    String line() {
      return String.join(
          ",",
          urn,
          la,
          quote(laName),
          number,
          quote(name),
          quote(type),
          quote(group),
          quote(status),
          "Not applicable",
          "01-09-1990",
          "Not applicable",
          "",
          phase,
          low,
          high,
          "No boarders",
          "210",
          quote(trust),
          title,
          first,
          last);
    }
  }

  private GiasCsv() {}

  /** Writes {@code edubasealldata<date>.csv} (date as {@code yyyyMMdd}) into {@code dir}. */
  public static Path write(Path dir, String date, List<School> schools) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    schools.forEach(s -> lines.add(s.line()));
    Path file = dir.resolve("edubasealldata" + date + ".csv");
    try {
      Files.createDirectories(dir);
      Files.write(
          file,
          String.join("\r\n", lines).concat("\r\n").getBytes(Charset.forName("windows-1252")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("'") ? "\"" + s + "\"" : s;
  }
}
