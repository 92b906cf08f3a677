package vn.motcua.dossier;

/**
 * One answered field of a dossier's declaration as officers read it: the section it stands under
 * (null before the first), the form's label, and the value as shown (option labels, dd/MM/yyyy,
 * Có/Không).
 */
public record DeclarationRow(String section, String label, String value) {}
