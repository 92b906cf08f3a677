package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document for one of the procedure's required documents: an upload sent with the request (by its
 * part name), or a document already in the applicant's repository (by its id). {@code validUntil},
 * when the document expires (an identity card, a certificate), is kept with it.
 */
public record ComponentRequest(
    String requirementCode, String uploadPart, UUID repositoryDocumentId, LocalDate validUntil) {}
