package uk.ks1.core.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The LA codes: the 153 current English LAs with their regions (the only valid drop folders), and
 * the retired, Welsh and pseudo-LA codes that are still valid inside UPNs.
 */
public final class LaRegistry {
  private static final String BASE = "/uk/ks1/core/reference/";
  private static final LaRegistry STANDARD = load();

  private final Map<String, LocalAuthority> current;
  private final Set<String> upnLaCodes;

  private LaRegistry(Map<String, LocalAuthority> current, Set<String> upnLaCodes) {
    this.current = Collections.unmodifiableMap(current);
    this.upnLaCodes = Collections.unmodifiableSet(upnLaCodes);
  }

  /** The registry built from the reference files shipped with the product. */
  public static LaRegistry standard() {
    return STANDARD;
  }

  public Optional<LocalAuthority> current(String laCode) {
    return Optional.ofNullable(current.get(laCode));
  }

  public boolean isCurrent(String laCode) {
    return current.containsKey(laCode);
  }

  /** Current, retired, Welsh and pseudo-LA codes: anything DfE rule 1530 accepts in a UPN. */
  public boolean isValidInUpn(String laCode) {
    return upnLaCodes.contains(laCode);
  }

  public Collection<LocalAuthority> all() {
    return current.values();
  }

  /** The region names in alphabetical order. */
  public List<String> regions() {
    Set<String> regions = new TreeSet<>();
    current.values().forEach(la -> regions.add(la.region()));
    return new ArrayList<>(regions);
  }

  private static LaRegistry load() {
    Map<String, LocalAuthority> current = new LinkedHashMap<>();
    Set<String> upn = new TreeSet<>();
    for (CSVRecord r : read("la-codes.csv")) {
      LocalAuthority la = new LocalAuthority(r.get("la_code"), r.get("la_name"), r.get("region"));
      current.put(la.code(), la);
      upn.add(la.code());
    }
    read("la-codes-former.csv").forEach(r -> upn.add(r.get("la_code")));
    read("la-codes-other.csv").forEach(r -> upn.add(r.get("la_code")));
    return new LaRegistry(current, upn);
  }

  private static List<CSVRecord> read(String name) {
    try (InputStream in = LaRegistry.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + BASE + name);
      }
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
