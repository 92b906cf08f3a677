/** Applicants: citizens' and organisations' accounts and profiles, and how they sign in. */
@org.springframework.modulith.ApplicationModule(displayName = "Applicant")
package vn.motcua.applicant;
