package uk.ks1.app.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.ks1.app.CommandInputException;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.YearGroup;

/** {@code --collections}: each collection answers to the names its definition gives it. */
class CollectionChoiceTest {
  private static final CollectionRegistry COLLECTIONS =
      CollectionRegistry.of(Ks1Ta.definition(), ReadingCheck.DEFINITION);

  private static java.util.List<String> ids(String names) {
    return CollectionChoice.of(COLLECTIONS, names).stream().map(CollectionDefinition::id).toList();
  }

  @Test
  void noNamesMeansEveryCollectionWithASampleInRegistrationOrder() {
    assertThat(ids(null)).containsExactly("KS1_TA", "READING_CHECK");
    assertThat(ids(" ")).containsExactly("KS1_TA", "READING_CHECK");
  }

  @Test
  void aCollectionAnswersToItsShortNameItsPrefixAndItsIdInAnyCase() {
    assertThat(ids("ks1")).containsExactly("KS1_TA");
    assertThat(ids("KS1_TA")).containsExactly("KS1_TA");
    assertThat(ids("ks1-ta")).containsExactly("KS1_TA");
    assertThat(ids("reading_check, ks1")).containsExactly("READING_CHECK", "KS1_TA");
    assertThat(ids("Reading-Check,READING_CHECK")).containsExactly("READING_CHECK");
  }

  @Test
  void anUnknownNameSaysWhichNamesWork() {
    assertThatThrownBy(() -> ids("ks1,phonix"))
        .isInstanceOf(CommandInputException.class)
        .hasMessage("Unknown collection 'phonix': use ks1 (KS1_TA), readingcheck (READING_CHECK)");
  }

  @Test
  void aCollectionWithoutASampleCannotBeChosen() {
    CollectionRegistry withoutSample = CollectionRegistry.of(new NoSample());
    assertThatThrownBy(() -> CollectionChoice.of(withoutSample, "reading_check"))
        .isInstanceOf(CommandInputException.class)
        .hasMessage(
            "Collection 'reading_check' (READING_CHECK) has no sample to generate from: use ");
    assertThatThrownBy(() -> CollectionChoice.of(withoutSample, null))
        .isInstanceOf(CommandInputException.class)
        .hasMessage("No registered collection can be generated");
  }

  /** The toy without its sample. */
  private static final class NoSample implements CollectionDefinition {
    @Override
    public YearGroup yearGroup() {
      return YearGroup.statutory("Year 1", 5);
    }

    private final CollectionDefinition d = ReadingCheck.DEFINITION;

    @Override
    public String id() {
      return d.id();
    }

    @Override
    public String name() {
      return d.name();
    }

    @Override
    public java.util.List<uk.ks1.core.collection.Item> items() {
      return d.items();
    }

    @Override
    public uk.ks1.core.collection.CollectionIntake intake() {
      return d.intake();
    }

    @Override
    public uk.ks1.core.collection.CollectionRules rules() {
      return d.rules();
    }

    @Override
    public uk.ks1.core.collection.CollectionStore store() {
      return d.store();
    }

    @Override
    public uk.ks1.core.collection.CollectionReporting reporting() {
      return d.reporting();
    }
  }
}
