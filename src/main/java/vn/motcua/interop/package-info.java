/**
 * The national portal: dossiers received from it and status pushed to it with its ten codes; filled by the edges issue (#3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop")
package vn.motcua.interop;
