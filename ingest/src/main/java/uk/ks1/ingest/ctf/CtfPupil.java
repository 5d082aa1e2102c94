package uk.ks1.ingest.ctf;

import java.util.List;

/** A {@code Pupil} element as written: identity, basic details and every assessment. */
record CtfPupil(
    int position,
    String upn,
    String formerUpn,
    String surname,
    String forename,
    String dob,
    String sex,
    String ncYear,
    List<CtfAssessment> assessments) {}
