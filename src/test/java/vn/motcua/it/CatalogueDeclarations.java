package vn.motcua.it;

import java.util.HashMap;
import java.util.Map;

/**
 * Filled-in declarations of the catalogue's procedures (one per procedure form), valid on Tuesday
 * 24/11/2026, the day the integration tests start on: each call gives a fresh map to change.
 */
public final class CatalogueDeclarations {

  private CatalogueDeclarations() {}

  public static Map<String, Object> death() {
    Map<String, Object> d = new HashMap<>();
    d.put("applicantFullName", "Nguyễn Văn Bình");
    d.put("applicantCitizenId", "040085001234");
    d.put("applicantRelationship", "child");
    d.put("applicantResidence", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    d.put("deceasedFullName", "Nguyễn Văn Cường");
    d.put("deceasedSex", "male");
    d.put("deceasedBirthDate", "1950-03-12");
    d.put("deceasedCitizenId", "040050001111");
    d.put("deceasedEthnicity", "Kinh");
    d.put("deceasedNationality", "Việt Nam");
    d.put("deceasedLastResidence", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    d.put("deathDate", "2026-11-20");
    d.put("deathTime", "06:30");
    d.put("deathPlace", "Bệnh viện Hữu nghị Đa khoa Nghệ An");
    d.put("deathCause", "Suy tim");
    d.put("deathNoticeType", "medical");
    d.put("deathNoticeNumber", "1234/GBT");
    d.put("deathNoticeIssuer", "Bệnh viện Hữu nghị Đa khoa Nghệ An");
    d.put("deathNoticeDate", "2026-11-20");
    d.put("copies", 2);
    d.put("feeCategory", "standard");
    return d;
  }

  public static Map<String, Object> maritalStatus() {
    Map<String, Object> d = new HashMap<>();
    d.put("applicantFullName", "Trần Thị Hoa");
    d.put("applicantCitizenId", "040194001234");
    d.put("applicantRelationship", "self");
    d.put("applicantResidence", "Xã Lam Thành, tỉnh Nghệ An");
    d.put("subjectFullName", "Trần Thị Hoa");
    d.put("subjectSex", "female");
    d.put("subjectBirthDate", "1994-05-02");
    d.put("subjectCitizenId", "040194001234");
    d.put("subjectEthnicity", "Kinh");
    d.put("subjectNationality", "Việt Nam");
    d.put("subjectResidence", "Xã Lam Thành, tỉnh Nghệ An");
    d.put("maritalStatus", "single");
    d.put("purpose", "marriage");
    d.put("intendedSpouseFullName", "Lê Văn Nam");
    d.put("intendedSpouseBirthDate", "1992-08-15");
    d.put("intendedSpouseNationality", "Việt Nam");
    d.put("intendedSpouseIdentity", "Thẻ căn cước số 040092005678");
    d.put("marriageRegistrationPlace", "UBND xã Hưng Nguyên, tỉnh Nghệ An");
    d.put("feeCategory", "standard");
    return d;
  }

  public static Map<String, Object> extract() {
    Map<String, Object> d = new HashMap<>();
    d.put("applicantFullName", "Nguyễn Văn An");
    d.put("applicantCitizenId", "040090001234");
    d.put("applicantRelationship", "self");
    d.put("applicantResidence", "Xã Lam Thành, tỉnh Nghệ An");
    d.put("subjectFullName", "Nguyễn Văn An");
    d.put("subjectSex", "male");
    d.put("subjectBirthDate", "1990-02-01");
    d.put("eventType", "birth");
    d.put("registrationDate", "1990-02-20");
    d.put("registrationAuthority", "UBND xã Hưng Châu, huyện Hưng Nguyên, tỉnh Nghệ An");
    d.put("registrationNumber", "15");
    d.put("registrationBook", "01/1990");
    d.put("copies", 3);
    return d;
  }

  public static Map<String, Object> certifiedCopy() {
    Map<String, Object> d = new HashMap<>();
    d.put("applicantFullName", "Phạm Thị Lan");
    d.put("applicantCitizenId", "040198001234");
    d.put("applicantPhone", "0912345678");
    d.put("documentTitle", "Bằng tốt nghiệp trung học phổ thông");
    d.put("documentIssuer", "Sở Giáo dục và Đào tạo Nghệ An");
    d.put("documentIssueDate", "2016-07-15");
    d.put("pages", 5);
    d.put("copies", 2);
    d.put("copyForm", "paper");
    d.put("originalEligible", true);
    return d;
  }

  public static Map<String, Object> signature() {
    Map<String, Object> d = new HashMap<>();
    d.put("signerFullName", "Hồ Văn Tâm");
    d.put("signerCitizenId", "040075001234");
    d.put("signerPhone", "0987654321");
    d.put("documentTitle", "Giấy ủy quyền nhận lương hưu");
    d.put("documentCount", 2);
    d.put("signatureMethod", "sign");
    d.put("contentLawful", true);
    return d;
  }

  public static Map<String, Object> residence() {
    Map<String, Object> d = new HashMap<>();
    d.put("fullName", "Lê Thị Mai");
    d.put("sex", "female");
    d.put("birthDate", "1996-10-09");
    d.put("citizenId", "038196001234");
    d.put("phone", "0356789123");
    d.put("householdHeadFullName", "Hoàng Văn Sơn");
    d.put("householdHeadCitizenId", "040170004321");
    d.put("relationshipToHead", "Người ở thuê");
    d.put("newAddress", "Xóm Phúc Lợi 3, xã Lam Thành, tỉnh Nghệ An");
    d.put("residenceBasis", "rented");
    d.put("floorAreaPerPerson", 15);
    d.put("ownerFullName", "Hoàng Văn Sơn");
    d.put("ownerCitizenId", "040170004321");
    d.put("ownerConsent", true);
    d.put("feeCategory", "standard");
    return d;
  }

  public static Map<String, Object> business() {
    Map<String, Object> d = new HashMap<>();
    d.put("ownerFullName", "ĐẶNG THỊ THU");
    d.put("ownerSex", "female");
    d.put("ownerBirthDate", "1988-04-30");
    d.put("ownerCitizenId", "040188001234");
    d.put("ownerEthnicity", "Kinh");
    d.put("ownerNationality", "Việt Nam");
    d.put("ownerResidence", "Xóm Hưng Thành 1, xã Lam Thành, tỉnh Nghệ An");
    d.put("ownerPhone", "0978123456");
    d.put("establishedBy", "individual");
    d.put("businessName", "Hộ kinh doanh Tạp hóa Thu Đặng");
    d.put("businessAddress", "Xóm Hưng Thành 1, xã Lam Thành, tỉnh Nghệ An");
    d.put("businessLines", "Bán lẻ lương thực, thực phẩm trong các cửa hàng chuyên doanh (4721)");
    d.put("mainBusinessLine", "Bán lẻ lương thực, thực phẩm (4721)");
    d.put("capital", 150_000_000);
    d.put("employees", 2);
    d.put("startDate", "2026-12-01");
    d.put("ownerEligible", true);
    return d;
  }
}
