package vn.motcua.dossier;

import java.time.Instant;

/**
 * A one-time code request: its id, the phone it went to as {@code 09******78}, and when the code
 * expires.
 */
public record LookupCodeRequest(String requestId, String maskedPhone, Instant expiresAt) {}
