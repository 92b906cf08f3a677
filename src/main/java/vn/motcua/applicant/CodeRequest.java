package vn.motcua.applicant;

import java.io.Serializable;
import java.time.Instant;

/**
 * A one-time code on its way: the request to quote with it, where it went (masked, as {@code
 * 09******78} or {@code a***@example.vn}) and until when it works. Serializable: the portal hands
 * it to the next page as a flash attribute, which lives in the session, and so in the database.
 */
public record CodeRequest(
    String requestId, ContactChannel channel, String maskedDestination, Instant expiresAt)
    implements Serializable {}
