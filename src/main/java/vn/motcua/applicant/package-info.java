/** Applicants: citizens' and organisations' accounts and profiles, and how they sign in. */
@ApplicationModule(displayName = "Applicant")
package vn.motcua.applicant;

import org.springframework.modulith.ApplicationModule;
