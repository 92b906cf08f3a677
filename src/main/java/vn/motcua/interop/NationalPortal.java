package vn.motcua.interop;

import java.util.List;

/**
 * The national portal's status sync. The sandbox (the default) records what it received; a
 * production adapter calls the portal's sync service, configured by properties.
 */
public interface NationalPortal {

  /**
   * @throws RuntimeException when the portal cannot be reached: the process step retries
   */
  void push(StatusUpdate update);

  /** What the portal received, newest first (the sandbox's record; empty for a real portal). */
  List<StatusUpdate> received(int limit);
}
