package vn.motcua.applicant;

/** Where a one-time code goes: the account's mobile phone or its e-mail address. */
public enum ContactChannel {
  SMS,
  EMAIL
}
