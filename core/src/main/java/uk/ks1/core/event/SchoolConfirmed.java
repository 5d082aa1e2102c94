package uk.ks1.core.event;

import java.time.Instant;

/**
 * A headteacher's confirmation of the school's return for one collection and year, as the LA
 * records it: who, when, and the note explaining any queries left open. A later file from the
 * school returns it to received until it is confirmed again.
 *
 * @param confirmedBy the name given with {@code --by} (an adult's name the LA records; never a
 *     pupil's)
 */
public record SchoolConfirmed(
    String eventId,
    String laCode,
    String laestab,
    String collection,
    int year,
    String confirmedBy,
    String note,
    Instant confirmedAt)
    implements SchoolListEvent {}
