package vn.motcua.paper;

/**
 * The full name of an officer's account, as a slip names who received or decided (the workflow
 * module answers from Camunda's identity); the account itself when it has no name.
 */
public interface OfficerNames {

  String nameOf(String account);
}
