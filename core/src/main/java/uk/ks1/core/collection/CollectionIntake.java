package uk.ks1.core.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How files carry the collection, as data: the CTF rows that hold its results and the item each
 * gives ({@link CtfRows}), the template columns of its items ({@link TemplateItemColumn}), the
 * tokens that name it in file names, and the words the intake's messages and counts use for it
 * ({@link IntakeWording}). The intake's identity and school columns, the CTF envelope and the file
 * rules are shared and not declared here.
 *
 * <p>Used by the ingest module only; a collection's definition implements it.
 */
public interface CollectionIntake {

  /** The CTF {@code StageAssessment} rows that are the collection's results. */
  CtfRows ctf();

  /**
   * The template columns of its items, in the template's order: a template holds the collection
   * whose item columns its header names.
   */
  List<TemplateItemColumn> templateColumns();

  /**
   * Tokens naming the collection in file names ({@code PHO} in {@code PHO_2001_23.csv}): a token
   * followed by a school number and a two-digit year dates a template.
   */
  List<String> fileNameTokens();

  /** How the intake's messages and skipped counts name the collection and its results. */
  IntakeWording wording();

  /**
   * What the rule catalogue's collection placeholders ({@code {results}}, {@code {itemColumns}},
   * {@code {components}}...) say for this collection: {@link uk.ks1.core.rule.FileRules#worded}
   * shows a rule's texts as the collection's files get them.
   */
  default Map<String, String> ruleWords() {
    Map<String, String> words = new HashMap<>(wording().placeholders());
    words.put("components", ctf().known());
    return Map.copyOf(words);
  }
}
