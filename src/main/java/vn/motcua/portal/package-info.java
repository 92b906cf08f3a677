/**
 * The citizens' web pages (Vietnamese first); filled by the portal issue (#4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.motcua.portal;
