/**
 * Slips and results as PDF: today the electronic result an applicant receives by mail and
 * downloads; the slips of Circular 03/2025 (receipt, supplement request, refusal, stop notice),
 * signing and verification to come.
 */
@ApplicationModule(displayName = "Paper")
package vn.motcua.paper;

import org.springframework.modulith.ApplicationModule;
