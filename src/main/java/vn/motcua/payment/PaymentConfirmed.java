package vn.motcua.payment;

/** An online payment the gateway confirmed; the dossier's process waits for it. */
public record PaymentConfirmed(String dossierCode, String orderRef, String providerTransactionId) {}
