/**
 * Slips and results as PDF: the electronic result an applicant receives by mail and downloads, the
 * fee receipt, the official slips of Circular 03/2025/TT-VPCP (01 to 06, from HTML templates) and
 * the dossier register (07) as CSV and Excel; signing and verification to come.
 */
@ApplicationModule(displayName = "Paper")
package vn.motcua.paper;

import org.springframework.modulith.ApplicationModule;
