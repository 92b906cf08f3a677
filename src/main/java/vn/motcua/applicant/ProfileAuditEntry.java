package vn.motcua.applicant;

import java.time.Instant;

/**
 * One audited change of an identifying field of an account: when, by whom, the field, before and
 * after.
 */
public record ProfileAuditEntry(
    Instant at, String actor, String field, String oldValue, String newValue) {}
