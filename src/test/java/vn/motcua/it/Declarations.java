package vn.motcua.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Filled-in declarations and files as demo citizens would send them. */
public final class Declarations {

  private Declarations() {}

  /** citizen2, Trần Thị Bình: her account's phone is the one on file in her dossiers. */
  public static final String BINH_CITIZEN_ID = "040195004321";

  public static final String BINH_PHONE = "0987654321";

  /**
   * A Camunda account as {@code /engine-rest/user/create} takes it, for nobody to be let create.
   */
  public static final Map<String, Object> MALLORY =
      Map.of(
          "profile",
          Map.of("id", "mallory", "firstName", "M", "lastName", "M", "email", "m@example.vn"),
          "credentials",
          Map.of("password", "Mallory-2026"));

  /** A minimal but real PDF: Tika recognises it by its bytes. */
  public static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
          .getBytes();

  public static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1a,
    '\n',
    0,
    0,
    0,
    13,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    2,
    0,
    0,
    0,
    (byte) 0x90,
    'w',
    'S',
    (byte) 0xde
  };

  public static ApiClient.File birthCertificate() {
    return new ApiClient.File("birthCertificate", "giay-chung-sinh.pdf", "application/pdf", PDF);
  }

  /**
   * Birth registration at xã Lam Thành; {@code daysAfterBirth} over 60 makes it a late (paid)
   * registration.
   */
  public static Map<String, Object> birthRegistration(
      int level, String delivery, int daysAfterBirth) {
    Map<String, Object> form = new HashMap<>();
    form.put("applicantFullName", "Nguyễn Văn An");
    form.put("applicantCitizenId", "040090001234");
    form.put("applicantRelationship", "father");
    form.put("applicantResidence", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    form.put("childFullName", "Nguyễn Minh Khôi");
    form.put("childSex", "male");
    form.put("childBirthDate", TestClock.today().minusDays(daysAfterBirth).toString());
    form.put("childEthnicity", "Kinh");
    form.put("childNationality", "Việt Nam");
    form.put("childBirthPlace", "Bệnh viện Sản Nhi Nghệ An");
    form.put("childHomeTown", "Xã Lam Thành, tỉnh Nghệ An");
    form.put("motherFullName", "Trần Thị Hoa");
    form.put("motherBirthYear", 1994);
    form.put("fatherFullName", "Nguyễn Văn An");
    form.put("fatherBirthYear", 1990);
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("procedureCode", "1.001193");
    dossier.put("level", level);
    dossier.put("resolvingAgency", "lamthanh");
    dossier.put("deliveryMethod", delivery);
    dossier.put("formData", form);
    dossier.put(
        "components",
        List.of(Map.of("requirementCode", "BIRTH_CERTIFICATE", "file", "birthCertificate")));
    return dossier;
  }

  /**
   * The judicial record certificate at the provincial centre; {@code feeCategory} standard, reduced
   * or exempt.
   */
  public static Map<String, Object> judicialRecord(
      int level, String delivery, String feeCategory, int copies) {
    Map<String, Object> form = new HashMap<>();
    form.put("fullName", "TRẦN THỊ BÌNH");
    form.put("sex", "female");
    form.put("birthDate", "1995-03-08");
    form.put("birthPlace", "Xã Hưng Nguyên, tỉnh Nghệ An");
    form.put("nationality", "Việt Nam");
    form.put("ethnicity", "Kinh");
    form.put("permanentResidence", "Khối 5, xã Hưng Nguyên, tỉnh Nghệ An");
    form.put("citizenId", BINH_CITIZEN_ID);
    form.put("phone", BINH_PHONE);
    form.put(
        "residenceHistory",
        "03/2009 – nay: Khối 5, xã Hưng Nguyên, tỉnh Nghệ An; học sinh, nhân viên văn phòng");
    form.put("certificateType", "1");
    form.put("copies", copies);
    form.put("purpose", "Bổ sung hồ sơ xin việc");
    form.put("feeCategory", feeCategory);
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("procedureCode", "3.000333");
    dossier.put("level", level);
    dossier.put("deliveryMethod", delivery);
    if ("POST".equals(delivery)) {
      dossier.put("deliveryAddress", "Khối 5, xã Hưng Nguyên, tỉnh Nghệ An");
    }
    dossier.put("formData", form);
    return dossier;
  }

  /**
   * A dossier of the test procedure {@code code} deployed from {@code
   * it/deploy/civil-status-extract*} (level 4, electronic result, at Lâm Thành).
   */
  public static Map<String, Object> extractRequest(String code) {
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("procedureCode", code);
    dossier.put("level", 4);
    dossier.put("resolvingAgency", "lamthanh");
    dossier.put("deliveryMethod", "ELECTRONIC");
    dossier.put("formData", Map.of("registeredName", "Nguyễn Minh Khôi", "copies", 2));
    return dossier;
  }
}
