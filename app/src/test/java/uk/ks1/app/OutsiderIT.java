package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.json.Json;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * An outsider's attempt to unpick the published figures (issue 21): a collection of many small
 * schools (1-8 pupils, and two of 30-60 per LA) in six LAs of two regions (three or more LAs each,
 * as every English region has), read through every anonymous JSON endpoint and PDF, then worked on
 * as an outsider would ({@link Outsider}): percentage times eligible, complements (eligible minus
 * EXS+, pupils minus eligible), parent minus children (LA minus its schools, region minus its LAs,
 * England minus its regions) and one endpoint against another (the code distributions against the
 * figures, the PDFs against the API). The true figures come from the analysts' token. Nothing the
 * outsider pins down may be a value the service printed as {@code c}, or a count of 1 or 2 below
 * national level. An LA's token, which sees its own LA unsuppressed, may not unpick any other LA's
 * schools either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(600)
class OutsiderIT {
  @TempDir static Path tmp;
  private LiveService service;

  /** LA code to its number of schools. */
  private static final Map<String, Integer> LAS =
      new LinkedHashMap<>(Map.of("330", 6, "331", 4, "332", 3, "201", 3, "202", 4, "203", 3));

  private static final String[] SUBJECT_CODES = {
    "EXS", "EXS", "EXS", "EXS", "EXS", "GDS", "GDS", "WTS", "WTS", "WTS", "PK4", "PK2", "EM", "A",
    "Q", "ZZZ"
  };
  private static final String[] SCIENCE_CODES = {
    "EXS", "EXS", "EXS", "EXS", "EXS", "EXS", "HNM", "HNM", "A", "ZZZ"
  };

  private final List<String> schools = new ArrayList<>();

  @BeforeAll
  void startAndLoad() throws Exception {
    service = LiveService.start(tmp.resolve("data"));
    Random random = new Random(21);
    int n = 0;
    for (Map.Entry<String, Integer> la : new TreeMap<>(LAS).entrySet()) {
      for (int s = 0; s < la.getValue(); s++) {
        String laestab = la.getKey() + (2100 + s);
        int size = s < 2 ? 30 + random.nextInt(30) : 1 + random.nextInt(8);
        List<TestPupil> pupils = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
          pupils.add(
              TestPupil.of(
                      TestUpns.unique(la.getKey(), laestab.substring(3), i),
                      pick(SUBJECT_CODES, random),
                      pick(SUBJECT_CODES, random),
                      pick(SUBJECT_CODES, random),
                      pick(SCIENCE_CODES, random))
                  .withDob("2016-0" + (1 + n++ % 8) + "-1" + (i % 9)));
        }
        schools.add(laestab);
        service.drop(CtfBuilder.school(laestab).name("School " + laestab).pupils(pupils), laestab);
      }
    }
  }

  private static String pick(String[] codes, Random random) {
    return codes[random.nextInt(codes.length)];
  }

  @AfterAll
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void anOutsiderRecoversNoHiddenValueAndNoCountOfOneOrTwo() throws Exception {
    Map<String, Long> truth = truth();
    Outsider outsider = new Outsider();
    readEverything(outsider, null);
    assertNoLeak(outsider, truth, null);
  }

  @Test
  void anLasTokenRecoversNothingHiddenOfAnotherLasSchools() throws Exception {
    Map<String, Long> truth = truth();
    Outsider insider = new Outsider();
    readEverything(insider, null);
    readEverything(insider, LiveService.TOKEN_330);
    assertNoLeak(insider, truth, "330");
  }

  /**
   * The published view still publishes: every percentage of England and of each region, the LAs'
   * percentages but for complementary suppressions, and a school's rounded percentage wherever it
   * is safe; no school count, and school cohorts in bands.
   */
  @Test
  void thePublishedViewStillPublishesPercentagesAtEveryLevel() throws Exception {
    for (JsonNode m : json("/api/national", null).get("measures")) {
      assertThat(m.get("exsPlusPct").isNumber()).as("England " + m).isTrue();
    }
    int shown = 0;
    int all = 0;
    for (String level : List.of("/api/regions", "/api/las")) {
      for (JsonNode l : json(level, null)) {
        for (JsonNode m : l.get("measures")) {
          all++;
          shown += m.get("exsPlusPct").isNumber() ? 1 : 0;
        }
      }
    }
    // tiny LAs (a few dozen pupils) in regions of three: far more suppression than real LAs need
    assertThat(shown).as("region and LA EXS+ percentages shown, of " + all).isGreaterThan(all / 2);
    int schoolShown = 0;
    int schoolSafe = 0;
    Map<String, JsonNode> truth = new LinkedHashMap<>();
    json("/api/schools", LiveService.TOKEN_NATIONAL)
        .forEach(s -> truth.put(s.get("key").asText(), s));
    for (JsonNode s : json("/api/schools", null)) {
      assertThat(s.at("/coverage/pupils").isTextual()).as("a band").isTrue();
      JsonNode t = truth.get(s.get("key").asText());
      for (int i = 0; i < s.get("measures").size(); i++) {
        JsonNode m = s.get("measures").get(i);
        JsonNode tm = t.get("measures").get(i);
        assertThat(m.has("eligible") || m.has("exsPlus") || m.has("gds")).isFalse();
        long e = tm.get("eligible").asLong();
        long p = tm.get("exsPlus").asLong();
        if (e >= 6 && p != 1 && p != 2 && e - p != 1 && e - p != 2) {
          schoolSafe++;
          if (m.get("exsPlusPctRounded").isNumber()) {
            schoolShown++;
            assertThat(m.get("exsPlusPctRounded").asLong())
                .isEqualTo((200 * p + e) / (2 * e))
                .isEqualTo(m.get("exsPlusPct").asLong());
          }
        }
      }
    }
    assertThat(schoolShown)
        .as("school EXS+ percentages shown, of " + schoolSafe + " with no primary suppression")
        .isGreaterThan(schoolSafe / 2);
  }

  /**
   * A school sends its file again (new results): the published view is then a revision of the last
   * one (docs/disclosure.md, "Revisions"), which must be as safe as a view worked out afresh,
   * anonymously and to another LA's token, and keep hidden every cell it hid whose value is the
   * same. Last, as it changes the collection.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void aRevisionAfterASchoolSendsAgainIsAsSafeAndKeepsWhatItHidHidden() throws Exception {
    Map<String, Long> before = truth();
    Outsider first = new Outsider();
    readEverything(first, null); // the view published before the file: worked out from scratch
    String laestab = "3312102";
    Random random = new Random(24);
    List<TestPupil> pupils = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      pupils.add(
          TestPupil.of(
                  TestUpns.unique("331", "2102", 40 + i),
                  pick(SUBJECT_CODES, random),
                  pick(SUBJECT_CODES, random),
                  pick(SUBJECT_CODES, random),
                  pick(SCIENCE_CODES, random))
              .withDob("2016-03-1" + i));
    }
    service.drop(CtfBuilder.school(laestab).name("School " + laestab).pupils(pupils), laestab);
    Map<String, Long> after = truth();
    assertThat(after).as("the school's figures changed").isNotEqualTo(before);

    Outsider outsider = new Outsider();
    readEverything(outsider, null);
    assertNoLeak(outsider, after, null);
    Outsider insider = new Outsider();
    readEverything(insider, null);
    readEverything(insider, LiveService.TOKEN_330);
    assertNoLeak(insider, after, "330");

    List<String> unhidden = new ArrayList<>();
    for (String cell : first.seenHidden) {
      if (before.get(cell) != null
          && before.get(cell).equals(after.get(cell))
          && !outsider.seenHidden.contains(cell)) {
        unhidden.add(cell);
      }
    }
    assertThat(first.seenHidden).as("the first view hid cells").isNotEmpty();
    assertThat(unhidden).as("cells hidden before, unchanged, shown now").isEmpty();
  }

  private void assertNoLeak(Outsider o, Map<String, Long> truth, String ownLa) {
    o.solve();
    List<String> leaks = new ArrayList<>();
    truth.forEach(
        (cell, value) -> {
          if (cell.startsWith("national:") || cell.endsWith(":pupils") || owned(cell, ownLa)) {
            return; // never suppressed; coverage; the caller's own LA
          }
          if (cell.endsWith(":U") && !cell.startsWith("school:")) {
            return; // above school level, pupils without a result are coverage (disclosure.md)
          }
          Long known = o.known(cell);
          if (known != null
              && known.equals(value)
              && (o.seenHidden.contains(cell) || value == 1 || value == 2)) {
            leaks.add(
                cell
                    + " = "
                    + value
                    + (o.seenHidden.contains(cell) ? " (printed c)" : "")
                    + " via "
                    + o.how.get(cell));
          }
        });
    assertThat(leaks).as("values an outsider recovers").isEmpty();
  }

  private static boolean owned(String cell, String la) {
    return la != null && (cell.startsWith("la:" + la + ":") || cell.startsWith("school:" + la));
  }

  private JsonNode json(String path, String token) throws Exception {
    HttpResponse<String> r = service.get(path, token);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  /** The true figures, from the analysts' token: every cell the outsider could aim at. */
  private Map<String, Long> truth() throws Exception {
    Map<String, Long> t = new TreeMap<>();
    List<JsonNode> rows = new ArrayList<>();
    rows.add(json("/api/national", LiveService.TOKEN_NATIONAL));
    json("/api/regions", LiveService.TOKEN_NATIONAL).forEach(rows::add);
    json("/api/las", LiveService.TOKEN_NATIONAL).forEach(rows::add);
    json("/api/schools", LiveService.TOKEN_NATIONAL).forEach(rows::add);
    for (JsonNode f : rows) {
      String row = Outsider.row(f.get("level").asText(), f.get("key").asText());
      long pupils = f.at("/coverage/pupils").asLong();
      t.put(row + ":pupils", pupils);
      for (JsonNode m : f.get("measures")) {
        String measure = m.get("measure").asText();
        String c = row + ":" + measure + ":";
        long e = m.get("eligible").asLong();
        long p = m.get("exsPlus").asLong();
        t.put(c + "E", e);
        t.put(c + "P", p);
        t.put(c + "B", e - p);
        t.put(c + "U", pupils - e);
        if (Outsider.hasGds(measure)) {
          long g = m.get("gds").asLong();
          t.put(c + "G", g);
          t.put(c + "X", p - g);
          t.put(c + "NG", e - g);
        }
      }
      String level = f.get("level").asText();
      JsonNode codes =
          json(
              "/api/codes?level=" + level + "&key=" + enc(f.get("key").asText()),
              LiveService.TOKEN_NATIONAL);
      for (JsonNode code : codes.get("codes")) {
        t.put(
            row + ":" + code.get("subject").asText() + ":code:" + code.get("code").asText(),
            code.get("pupils").asLong());
      }
    }
    assertThat(t.keySet().stream().filter(k -> k.startsWith("school:")).count())
        .as("every school's cells")
        .isGreaterThan(schools.size() * 20L);
    return t;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Every published endpoint and PDF, read as {@code token} (null: anonymous). */
  private void readEverything(Outsider o, String token) throws Exception {
    JsonNode national = json("/api/national", token);
    o.read(national, "/api/national", Outsider.INF);
    o.rowSums("national:England");
    JsonNode regions = json("/api/regions", token);
    JsonNode las = json("/api/las", token);
    JsonNode allSchools = json("/api/schools", token);
    Map<String, Long> laPupils = new LinkedHashMap<>();
    Map<String, List<String>> lasOfRegion = new LinkedHashMap<>();
    Map<String, List<String>> schoolsOfLa = new LinkedHashMap<>();
    for (JsonNode r : regions) {
      String key = r.get("key").asText();
      o.read(r, "/api/regions", Outsider.INF);
      o.read(json("/api/regions/" + enc(key), token), "/api/regions/" + key, Outsider.INF);
      o.rowSums("region:" + key);
    }
    for (JsonNode l : las) {
      String key = l.get("key").asText();
      laPupils.put(key, l.at("/coverage/pupils").asLong());
      lasOfRegion.computeIfAbsent(l.get("region").asText(), k -> new ArrayList<>()).add(key);
      o.read(l, "/api/las", Outsider.INF);
      o.read(json("/api/las/" + key, token), "/api/las/" + key, Outsider.INF);
      o.rowSums("la:" + key);
      for (JsonNode s : json("/api/schools?la=" + key, token)) {
        o.read(s, "/api/schools?la=" + key, laPupils.get(key));
      }
    }
    for (JsonNode s : allSchools) {
      String key = s.get("key").asText();
      String la = s.get("la").asText();
      schoolsOfLa.computeIfAbsent(la, k -> new ArrayList<>()).add(key);
      o.read(s, "/api/schools", laPupils.get(la));
      o.read(json("/api/schools/" + key, token), "/api/schools/" + key, laPupils.get(la));
      o.rowSums("school:" + key);
    }
    JsonNode coverage = json("/api/coverage", token);
    for (String part : List.of("regions", "las")) {
      for (JsonNode c : coverage.get(part)) {
        String level = part.equals("regions") ? "region" : "la";
        o.exact(level + ":" + c.get("key").asText() + ":pupils", c.get("pupils").asLong(), "cov");
      }
    }
    for (JsonNode s : json("/api/submissions?limit=1000", token).path("submissions")) {
      if (s.path("laestab").isTextual() && s.path("pupils").isNumber()) {
        o.exact("school:" + s.get("laestab").asText() + ":pupils", s.get("pupils").asLong(), "sub");
      }
    }
    Set<String> codeSuffixes = new LinkedHashSet<>();
    List<String> codeRows = new ArrayList<>();
    codeRows.add("national:England");
    regions.forEach(r -> codeRows.add("region:" + r.get("key").asText()));
    las.forEach(l -> codeRows.add("la:" + l.get("key").asText()));
    allSchools.forEach(s -> codeRows.add("school:" + s.get("key").asText()));
    for (String row : codeRows) {
      String level = row.substring(0, row.indexOf(':'));
      String key = row.substring(row.indexOf(':') + 1);
      String path = "/api/codes?level=" + level + "&key=" + enc(key);
      JsonNode codes = json(path, token).path("codes");
      Map<String, List<String>> bySubject = new LinkedHashMap<>();
      for (JsonNode c : codes) {
        String subject = c.get("subject").asText();
        String code = c.get("code").asText();
        bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(code);
        String cell = row + ":" + subject + ":code:" + code;
        o.count(cell, c.get("pupils"), path);
        codeSuffixes.add(":" + subject + ":code:" + code);
      }
      bySubject.forEach((subject, list) -> o.codeSums(row, subject, list));
    }
    List<String> suffixes = new ArrayList<>(codeSuffixes);
    o.levelSums(
        "national:England",
        lasOfRegion.keySet().stream().map(r -> "region:" + r).toList(),
        suffixes);
    lasOfRegion.forEach(
        (r, list) ->
            o.levelSums("region:" + r, list.stream().map(l -> "la:" + l).toList(), suffixes));
    schoolsOfLa.forEach(
        (la, list) ->
            o.levelSums("la:" + la, list.stream().map(s -> "school:" + s).toList(), suffixes));
    for (JsonNode s : allSchools) {
      String key = s.get("key").asText();
      readPdf(
          o,
          "/reports/schools/" + key + "/summary.pdf",
          token,
          "school:" + key,
          laPupils.get(s.get("la").asText()));
    }
    for (JsonNode l : las) {
      String key = l.get("key").asText();
      readPdf(o, "/reports/las/" + key + "/summary.pdf", token, "la:" + key, laPupils.get(key));
    }
  }

  private static final Map<String, String> LABELS =
      Map.of(
          "Reading", "reading",
          "Writing", "writing",
          "Maths", "maths",
          "Science", "science",
          "Reading, writing and maths combined*", "rwm");
  private static final Pattern COVERING = Pattern.compile("covering (\\S+) pupils");
  private static final Pattern SCHOOL_ROW =
      Pattern.compile("(\\d{7}) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)$");

  /** A summary PDF: its coverage line, its measures table and (an LA's) its schools' table. */
  private void readPdf(Outsider o, String path, String token, String row, long ceiling)
      throws Exception {
    HttpResponse<byte[]> r = service.bytes(path, token);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    String text;
    try (PDDocument pdf = Loader.loadPDF(r.body())) {
      text = new PDFTextStripper().getText(pdf);
    }
    Matcher covering = COVERING.matcher(text);
    long[] cohort = {0, ceiling};
    if (covering.find()) {
      cohort = Outsider.cohort(node(covering.group(1)), ceiling);
      o.narrow(row + ":pupils", cohort[0], cohort[1], path);
    }
    for (String line : text.split("\\R")) {
      for (Map.Entry<String, String> label : LABELS.entrySet()) {
        if (!line.startsWith(label.getKey() + " ")) {
          continue;
        }
        String[] cells = line.substring(label.getKey().length() + 1).trim().split(" ");
        if (cells.length != 5 || label.getKey().equals("Reading") && line.startsWith("Reading,")) {
          continue; // a gap row, or RWM read as reading
        }
        String c = row + ":" + label.getValue() + ":";
        o.count(c + "E", node(cells[0]), path);
        o.count(c + "P", node(cells[1]), path);
        o.percent(c, "P", null, node(cells[2]), cohort, path);
        if (Outsider.hasGds(label.getValue())) {
          o.count(c + "G", node(cells[3]), path);
          o.percent(c, "G", null, node(cells[4]), cohort, path);
        }
      }
      Matcher school = SCHOOL_ROW.matcher(line);
      if (row.startsWith("la:") && school.find()) {
        String s = "school:" + school.group(1);
        long[] band = Outsider.cohort(node(school.group(2)), ceiling);
        o.narrow(s + ":pupils", band[0], band[1], path);
        for (int i = 0; i < Outsider.MEASURES.size(); i++) {
          o.percent(
              s + ":" + Outsider.MEASURES.get(i) + ":",
              "P",
              null,
              node(school.group(3 + i)),
              band,
              path);
        }
      }
    }
  }

  private static JsonNode node(String token) {
    return token.matches("\\d+")
        ? JsonNodeFactory.instance.numberNode(Long.parseLong(token))
        : JsonNodeFactory.instance.textNode(token);
  }
}
