package vn.motcua.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** The portal's account forms as a browser posts them. */
final class AccountForms {

  private AccountForms() {}

  /** The profile page's form ({@code /tai-khoan}) of an individual. */
  static Map<String, String> profile(
      String fullName,
      String citizenId,
      String dateOfBirth,
      String phone,
      String email,
      String address) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("fullName", fullName);
    form.put("citizenId", citizenId);
    form.put("dateOfBirth", dateOfBirth);
    form.put("phone", phone);
    form.put("email", email);
    form.put("address", address);
    return form;
  }
}
