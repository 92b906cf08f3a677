/**
 * Slips and results as PDF (receipt and appointment, supplement request, refusal, stop notice), signing and verification; not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Paper")
package vn.motcua.paper;
