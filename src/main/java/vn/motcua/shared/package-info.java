/**
 * Small helpers every module may use and that depend on no module: how this system's public address
 * is formed, the security headers every filter chain writes.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package vn.motcua.shared;

import org.springframework.modulith.ApplicationModule;
