package uk.ks1.schools;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A GIAS extract in DfE's real header (a subset of its 139 columns, in its order) and encoding
 * (Windows-1252), with synthetic schools of LA 330 chosen to test the rule of expected schools.
 */
final class GiasSample {
  static final String HEADER =
      "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,"
          + "TypeOfEstablishment (name),EstablishmentTypeGroup (name),"
          + "EstablishmentStatus (name),ReasonEstablishmentOpened (name),OpenDate,"
          + "ReasonEstablishmentClosed (name),CloseDate,PhaseOfEducation (name),"
          + "StatutoryLowAge,StatutoryHighAge,Boarders (name),NurseryProvision (name),"
          + "OfficialSixthForm (name),Gender (name),ReligiousCharacter (name),"
          + "NumberOfPupils,Trusts (name),HeadTitle (name),HeadFirstName,HeadLastName,Postcode";

  static final List<String> ROWS =
      List.of(
          // an open primary with accents in its name and its head's
          row(
              "103001",
              "2001",
              "\"St Thérèse's Catholic Primary School\"",
              "Voluntary aided school",
              "Local authority maintained schools",
              "Open",
              "01-09-1960",
              "",
              "Primary",
              "4",
              "11",
              "",
              "Mrs",
              "Zoë",
              "Brontë"),
          // an infant school 4-7
          row(
              "103002",
              "2002",
              "Alder Infant School",
              "Community school",
              "Local authority maintained schools",
              "Open",
              "01-09-1970",
              "",
              "Primary",
              "4",
              "7",
              "",
              "Mr",
              "Tom",
              "Hughes"),
          // a junior school 7-11
          row(
              "103003",
              "2003",
              "Birch Junior School",
              "Community school",
              "Local authority maintained schools",
              "Open",
              "01-09-1970",
              "",
              "Primary",
              "7",
              "11",
              "",
              "Ms",
              "Ann",
              "Lee"),
          // closed before summer 2025
          row(
              "103004",
              "2004",
              "Cedar Primary School",
              "Community school",
              "Local authority maintained schools",
              "Closed",
              "01-09-1970",
              "31-12-2024",
              "Primary",
              "4",
              "11",
              "",
              "",
              "",
              ""),
          // an independent school
          row(
              "103005",
              "6001",
              "Dane Hall School",
              "Other independent school",
              "Independent schools",
              "Open",
              "01-09-1990",
              "",
              "Not applicable",
              "3",
              "18",
              "",
              "Dr",
              "Ian",
              "Moss"),
          // a special school 2-19
          row(
              "103006",
              "7001",
              "Elm Special School",
              "Community special school",
              "Special schools",
              "Open",
              "01-09-1980",
              "",
              "Not applicable",
              "2",
              "19",
              "",
              "Mrs",
              "Jo",
              "Grant"),
          // open, but proposed to close
          row(
              "103007",
              "2007",
              "Fir Primary School",
              "Community school",
              "Local authority maintained schools",
              "\"Open, but proposed to close\"",
              "01-09-1970",
              "",
              "Primary",
              "4",
              "11",
              "",
              "Mr",
              "Al",
              "Khan"),
          // a middle school 9-13
          row(
              "103008",
              "4001",
              "Gorse Middle School",
              "Community school",
              "Local authority maintained schools",
              "Open",
              "01-09-1975",
              "",
              "Middle deemed secondary",
              "9",
              "13",
              "",
              "Mr",
              "Bo",
              "Ng"),
          // proposed to open after summer 2025
          row(
              "103009",
              "2009",
              "Hazel Primary School",
              "Free schools",
              "Free Schools",
              "Proposed to open",
              "01-09-2025",
              "",
              "Primary",
              "4",
              "11",
              "",
              "",
              "",
              ""),
          // an academy in a trust
          row(
              "103010",
              "2010",
              "Ivy Academy",
              "Academy converter",
              "Academies",
              "Open",
              "01-09-2015",
              "",
              "Primary",
              "3",
              "11",
              "Oak Learning Trust",
              "Mr",
              "Raj",
              "Patel"),
          // a secondary 11-16
          row(
              "103011",
              "4010",
              "Juniper High School",
              "Community school",
              "Local authority maintained schools",
              "Open",
              "01-09-1970",
              "",
              "Secondary",
              "11",
              "16",
              "",
              "Ms",
              "Di",
              "Roy"),
          // a children's centre: no establishment number
          row(
              "103012",
              "",
              "Kestrel Children's Centre",
              "Children's centre",
              "Other types",
              "Open",
              "01-04-2008",
              "",
              "Not applicable",
              "",
              "",
              "",
              "",
              "",
              ""));

  private GiasSample() {}

  static byte[] csv() {
    StringBuilder b = new StringBuilder(HEADER).append("\r\n");
    ROWS.forEach(r -> b.append(r).append("\r\n"));
    return b.toString().getBytes(Charset.forName("windows-1252"));
  }

  private static String row(
      String urn,
      String number,
      String name,
      String type,
      String group,
      String status,
      String opened,
      String closed,
      String phase,
      String low,
      String high,
      String trust,
      String title,
      String first,
      String last) {
    return String.join(
        ",",
        urn,
        "330",
        "Birmingham",
        number,
        name,
        type,
        group,
        status,
        "Not applicable",
        opened,
        closed.isEmpty() ? "Not applicable" : "For test",
        closed,
        phase,
        low,
        high,
        "No boarders",
        "Not applicable",
        "Not applicable",
        "Mixed",
        "None",
        "210",
        trust,
        title,
        first,
        last,
        "B1 1AA");
  }
}
