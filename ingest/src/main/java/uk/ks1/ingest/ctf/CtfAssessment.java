package uk.ks1.ingest.ctf;

/** One {@code StageAssessment} of a pupil, as written, with the stage of its {@code KeyStage}. */
record CtfAssessment(
    String stage, String year, String subject, String method, String component, String result) {}
