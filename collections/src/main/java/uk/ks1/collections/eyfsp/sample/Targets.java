package uk.ks1.collections.eyfsp.sample;

/**
 * One LA's published EYFSP figures for a year: % with a good level of development, % expected in
 * all 17 goals (both 0-100), the average number of goals at expected, and where they came from (the
 * LA's own row, or its region's or England's when the LA's were not published).
 */
record Targets(double gldPct, double allElgsPct, double averageElgs, String source) {}
