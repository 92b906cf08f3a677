/**
 * Small helpers every module may use and that depend on no module: how this system's public address
 * is formed, the security headers every filter chain writes.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Shared",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.shared;
