package vn.motcua.dossier;

/** The dossier a submission created, and whether this request only repeated an earlier one. */
public record SubmissionResult(DossierView dossier, boolean replayed) {}
