package uk.ks1.validate.upn;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.identity.Upn;

/** The UPN-shaped values of a record that the UPN rules check: the UPN and any former UPN. */
record UpnValues(Field field, String value) {

  /** The values that are present, normalised; a blank former UPN is simply not given. */
  static List<UpnValues> present(PupilRecord pupil) {
    List<UpnValues> values = new ArrayList<>(2);
    String upn = Upn.normalise(pupil.upn());
    if (!upn.isEmpty()) {
      values.add(new UpnValues(Field.UPN, upn));
    }
    String former = Upn.normalise(pupil.formerUpn());
    if (!former.isEmpty()) {
      values.add(new UpnValues(Field.FORMER_UPN, former));
    }
    return values;
  }

  /** Only a 13-character value has the positions the structure rules look at. */
  boolean rightLength() {
    return value.length() == Upn.LENGTH;
  }
}
