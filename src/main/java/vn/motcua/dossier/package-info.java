/**
 * Dossiers (hồ sơ): submission with its code, the applicant and the three places (receiving unit,
 * resolving agency, residence), components and their sources, status with the national code,
 * timeline, the clock, supplement and withdrawal.
 */
@ApplicationModule(displayName = "Dossier")
package vn.motcua.dossier;

import org.springframework.modulith.ApplicationModule;
