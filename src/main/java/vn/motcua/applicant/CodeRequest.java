package vn.motcua.applicant;

import java.time.Instant;

/**
 * A one-time code on its way: the request to quote with it, where it went (masked, as {@code
 * 09******78} or {@code a***@example.vn}) and until when it works.
 */
public record CodeRequest(
    String requestId, ContactChannel channel, String maskedDestination, Instant expiresAt) {}
