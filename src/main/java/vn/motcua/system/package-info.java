/**
 * What the application runs on rather than what it does: web security, the caller's language,
 * upload limits, the shared part of the API's problem details, the clock and password hashing, and
 * the refusal to start with demo secrets outside the demo profile.
 */
@ApplicationModule(displayName = "System")
package vn.motcua.system;

import org.springframework.modulith.ApplicationModule;
