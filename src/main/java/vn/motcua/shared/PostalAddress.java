package vn.motcua.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a postal address needs before the public postal service will take a parcel: a recipient line
 * that names the commune-level unit (xã, phường, đặc khu) and the province or city. Since 2025
 * there are no districts, so an address has two administrative parts.
 */
public final class PostalAddress {

  private static final Pattern COMMUNE =
      Pattern.compile("\\b(xã|phường|thị trấn|đặc khu)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PROVINCE =
      Pattern.compile("\\b(tỉnh|thành phố|tp\\.?)\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private PostalAddress() {}

  /** Empty when the address will do, else the message code of what is missing. */
  public static Optional<String> problem(String address) {
    if (address == null || address.isBlank() || address.trim().length() < 15) {
      return Optional.of("address.incomplete");
    }
    String lower = address.toLowerCase(Locale.forLanguageTag("vi"));
    if (!COMMUNE.matcher(lower).find()) {
      return Optional.of("address.commune");
    }
    if (!PROVINCE.matcher(lower).find()) {
      return Optional.of("address.province");
    }
    return Optional.empty();
  }
}
