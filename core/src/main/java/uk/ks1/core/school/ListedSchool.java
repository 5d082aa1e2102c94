package uk.ks1.core.school;

import java.time.LocalDate;

/**
 * A school as DfE's list (GIAS) describes it: what the LA needs to know whom to expect a return
 * from and whom to chase. Names as GIAS spells its fields' values ({@code typeGroup}: "Academies",
 * "Local authority maintained schools"...; {@code status}: "Open", "Open, but proposed to close",
 * "Proposed to open", "Closed").
 *
 * @param headName the headteacher's name as GIAS publishes it (title, first and last name), or null
 */
public record ListedSchool(
    String laestab,
    String urn,
    String name,
    String type,
    String typeGroup,
    String status,
    LocalDate openDate,
    LocalDate closeDate,
    String phase,
    Integer statutoryLowAge,
    Integer statutoryHighAge,
    Integer numberOfPupils,
    String trust,
    String headName) {}
