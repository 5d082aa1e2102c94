package uk.ks1.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "B801200005001, B", // sum 93
    "H801200001001, H", // sum 53
    "G80120000101A, G", // temporary, sum 52
    "R674123101121, R", // sum 153
    "P207000016049, P", // sum 266; one vendor page wrongly says Q
    "R900400001001, R", // valid letter, but 900 is no LA code
  })
  void computesTheDfeCheckLetterOfTheWorkedExamples(String upn, char letter) {
    assertThat(Upn.expectedCheckLetter(upn)).contains(letter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X201999920001", "L201999920002", "A201999920003", "W20199992001A"})
  void acceptsTheSampleCtfsUpns(String upn) {
    assertThat(Upn.expectedCheckLetter(upn)).contains(upn.charAt(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"B80120000500", "B8012000050011", "B80120000X001", "B80120000500I"})
  void hasNoCheckLetterForMalformedUpns(String upn) {
    assertThat(Upn.expectedCheckLetter(upn)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"G80120000101A, true", "B801200005001, false", "B80120000500O, false"})
  void knowsTemporaryUpns(String upn, boolean temporary) {
    assertThat(Upn.isTemporary(upn)).isEqualTo(temporary);
  }

  @ParameterizedTest
  @CsvSource({"B801200005001, true", "B80120000500S, false", "B80120000500I, false"})
  void acceptsADigitOrACheckAlphabetLetterLast(String upn, boolean valid) {
    assertThat(Upn.finalCharacterValid(upn)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"B801200005001, true", "B8012000X5001, false", "B8012000050, false"})
  void checksThatCharactersFiveToTwelveAreDigits(String upn, boolean numeric) {
    assertThat(Upn.serialIsNumeric(upn)).isEqualTo(numeric);
  }

  @ParameterizedTest
  @CsvSource(
      value = {"' b801200005001 ', B801200005001", "'', ''", "NULL, ''"},
      nullValues = "NULL")
  void normalisesCaseAndSpaces(String raw, String normal) {
    assertThat(Upn.normalise(raw)).isEqualTo(normal == null ? "" : normal);
  }
}
