/**
 * The national portal (Cổng Dịch vụ công quốc gia): every status change pushed with its national
 * code, channel and dates, through a {@link vn.motcua.interop.NationalPortal} whose sandbox records
 * what it received; and the dossiers the portal sends us (signed, through the citizens' submission
 * path), whose changes go back with the portal's own id. The demo's sandbox sends such dossiers.
 */
@ApplicationModule(displayName = "Interop")
package vn.motcua.interop;

import org.springframework.modulith.ApplicationModule;
