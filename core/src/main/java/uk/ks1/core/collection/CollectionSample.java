package uk.ks1.core.collection;

import java.util.List;
import java.util.Random;

/**
 * What the generator needs to write a synthetic collection of this kind: its reference figures
 * (results are drawn per LA from them), how its files are named and carry its items, the coding
 * mistake schools make, and where the store's figures are to check a load against (the figures a
 * correct load must give are counted from the store's own declared counts).
 *
 * <p>A pupil's values are indexed in the order of {@link #written()}; null is left blank.
 */
public interface CollectionSample {

  /** The items a generated file carries, in order. */
  List<Item> written();

  /** Whether reference figures exist for the summer of {@code year}. */
  boolean hasYear(int year);

  /** Why a year cannot be generated, for the user (which years can). */
  String noFiguresFor(int year);

  /** One pupil's values, drawn for a school of the LA (region as LaRegistry names it). */
  String[] draw(Random random, int year, String laCode, String region);

  /** A code valid for another item but not item {@code i}: the commonest coding mistake. */
  String wrongCode(int i);

  /** The NC year of the pupils assessed. */
  int ncYear();

  /** A school's file name in one of the formats "ctf", "csv", "xlsx". */
  String fileName(String format, String laestab, int year);

  /** The workbook's sheet name and the title row above the template's header. */
  String sheetTitle(String schoolName);

  /** How a CTF carries item {@code i}: its StageAssessment's stage, subject, component, method. */
  CtfRow ctf(int i);

  /** The template's heading of item {@code i}. */
  String heading(int i);

  /** One StageAssessment's coordinates. */
  record CtfRow(String stage, String subject, String component, String method) {}
}
