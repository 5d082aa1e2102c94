package uk.ks1.core.identity;

/** An English local authority: its 3-digit code, name and region (as in la-codes.csv). */
public record LocalAuthority(String code, String name, String region) {}
