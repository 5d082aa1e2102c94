package uk.ks1.ingest.ctf;

import java.util.List;

/** A CTF as read: the source school from its header, and its pupils. */
record CtfDocument(
    String version, String lea, String estab, String schoolName, List<CtfPupil> pupils) {}
