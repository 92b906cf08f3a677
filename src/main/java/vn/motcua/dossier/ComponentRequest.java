package vn.motcua.dossier;

import java.util.UUID;

/**
 * A document for one of the procedure's required documents: an upload sent with the request (by
 * its part name), or a document already in the applicant's repository (by its id).
 */
public record ComponentRequest(String requirementCode, String uploadPart, UUID repositoryDocumentId) {}
