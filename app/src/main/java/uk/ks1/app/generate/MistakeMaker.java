package uk.ks1.app.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.RuleDefinition;

/**
 * Puts the chosen rate of realistic mistakes into a school's pupils and records, on each pupil,
 * what the rules must make of it (the manifest counts from that, not from the pipeline).
 */
final class MistakeMaker {
  private static final Mistake[] KINDS = Mistake.values();
  private final double rate;
  private final CollectionSample sample;
  private final ItemErrors itemErrors;

  MistakeMaker(double rate, CollectionDefinition collection) {
    this.rate = rate;
    this.sample = collection.sample().orElseThrow();
    this.itemErrors = ItemErrors.of(collection);
  }

  /**
   * What the collection's own rules make of a blank item or a code of another item, read from the
   * effects of their errors: KS1 TA's take the item out (Effect.SUBJECT, SCORE), phonics' and
   * EYFSP's the record (Effect.RECORD); a collection with no errors of its own would let them
   * count, so they are not made in it.
   */
  enum ItemErrors {
    ITEM,
    RECORD,
    NONE;

    static ItemErrors of(CollectionDefinition collection) {
      List<Effect> effects =
          collection.rules().pupilRules().stream()
              .map(r -> r.definition())
              .filter(d -> d.severity() == Severity.ERROR)
              .map(RuleDefinition::effect)
              .toList();
      if (effects.contains(Effect.SUBJECT) || effects.contains(Effect.SCORE)) {
        return ITEM;
      }
      return effects.contains(Effect.RECORD) ? RECORD : NONE;
    }
  }

  void apply(List<GeneratedPupil> pupils, Random random, Map<Mistake, Long> counts) {
    for (int i = 0; i < pupils.size(); i++) {
      GeneratedPupil p = pupils.get(i);
      if (p.mistake != null || random.nextDouble() >= rate) {
        continue;
      }
      Mistake kind = KINDS[random.nextInt(KINDS.length)];
      if (kind.ofAnItem() && (itemErrors == ItemErrors.NONE || given(p).length == 0)) {
        continue;
      }
      if (kind == Mistake.DUPLICATED_UPN && !duplicate(pupils, i, random)) {
        continue;
      }
      apply(p, kind, random);
      counts.merge(kind, 1L, Long::sum);
    }
  }

  private void apply(GeneratedPupil p, Mistake kind, Random random) {
    p.mistake = kind;
    switch (kind) {
      case WRONG_CHECK_LETTER -> {
        char right = p.upn.charAt(0);
        p.upn = (right == 'A' ? 'B' : 'A') + p.upn.substring(1);
        excludeRecord(p);
      }
      case CODE_OF_ANOTHER_SUBJECT -> {
        int s = random.nextInt(p.written.length);
        p.written[s] = sample.wrongCode(s);
        itemInError(p, s);
      }
      case BLANK_RESULT -> {
        // an item that was given (a phonics pupil has a mark or an outcome, not both)
        int[] given = given(p);
        int s = given[random.nextInt(given.length)];
        p.written[s] = null;
        itemInError(p, s);
      }
      case DOB_OUTSIDE_YEAR_GROUP ->
          p.dob = java.time.LocalDate.parse(p.dob).minusYears(1).toString();
      case TEMPORARY_UPN -> {
        // the last digit becomes a letter (one letter per digit), so temporary UPNs stay unique
        char last = p.upn.charAt(12);
        String body = p.upn.substring(1, 12) + "ABCDEFGHJK".charAt(last - '0');
        p.upn = Upn.expectedCheckLetter("A" + body).orElseThrow() + body;
      }
      case LOWER_CASE_CODES -> {
        for (int s = 0; s < p.written.length; s++) {
          if (p.written[s] != null) {
            p.written[s] = p.written[s].toLowerCase(Locale.ROOT);
          }
        }
      }
      case DUPLICATED_UPN -> excludeRecord(p);
    }
  }

  private void itemInError(GeneratedPupil p, int item) {
    if (itemErrors == ItemErrors.RECORD) {
      excludeRecord(p);
    } else {
      p.counting[item] = null;
    }
  }

  /** The positions of the pupil's items that are given. */
  private static int[] given(GeneratedPupil p) {
    return java.util.stream.IntStream.range(0, p.written.length)
        .filter(s -> p.written[s] != null)
        .toArray();
  }

  /** Gives pupil i the UPN of another untouched pupil of the school; both records stop counting. */
  private static boolean duplicate(List<GeneratedPupil> pupils, int i, Random random) {
    if (pupils.size() < 2) {
      return false;
    }
    int j = random.nextInt(pupils.size());
    GeneratedPupil other = pupils.get(j);
    if (j == i || other.mistake != null) {
      return false;
    }
    pupils.get(i).upn = other.upn;
    other.mistake = Mistake.DUPLICATED_UPN;
    excludeRecord(other);
    return true;
  }

  private static void excludeRecord(GeneratedPupil p) {
    p.recordCounts = false;
    java.util.Arrays.fill(p.counting, null);
  }
}
