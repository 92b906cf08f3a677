package vn.motcua.dossier;

/**
 * The public look-up's limits per client, one set of buckets for every way in (the JSON API and the
 * portal's pages), so that a client cannot double its allowance by switching between them. A client
 * is its address as the servlet request sees it: behind a reverse proxy set {@code
 * server.forward-headers-strategy=native} so that it is the caller's, not the proxy's.
 */
public interface LookupRateLimits {

  /**
   * Counts a look-up by code, or a try of a one-time code.
   *
   * @throws LookupRateLimitedException when the client is past its limit
   */
  void lookup(String clientAddress);

  /**
   * Counts a request for a one-time code, per client and per citizen ID (each SMS costs money and
   * lands on someone's phone).
   *
   * @throws LookupRateLimitedException when the client or the citizen ID is past its limit
   */
  void codeRequest(String clientAddress, String citizenId);
}
