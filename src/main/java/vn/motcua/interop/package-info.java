/**
 * The national portal (Cổng Dịch vụ công quốc gia): every status change pushed with its national
 * code, channel and dates, through a {@link vn.motcua.interop.NationalPortal} whose sandbox records
 * what it received.
 */
@ApplicationModule(displayName = "Interop")
package vn.motcua.interop;

import org.springframework.modulith.ApplicationModule;
