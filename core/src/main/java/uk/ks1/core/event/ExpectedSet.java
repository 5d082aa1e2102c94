package uk.ks1.core.event;

import java.time.Instant;

/**
 * The LA's correction of its expected schools for one collection and year: a school excused, a
 * school DfE's list misses, or (KS1 TA being optional from 2024) a school taking part. The latest
 * for a school, collection and year wins over DfE's list.
 */
public record ExpectedSet(
    String eventId,
    String laCode,
    String laestab,
    String collection,
    int year,
    boolean expected,
    String reason,
    Instant setAt)
    implements SchoolListEvent {}
