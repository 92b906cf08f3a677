package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalog.FormDefinitionTest.TODAY;
import static vn.motcua.catalog.FormDefinitionTest.codes;
import static vn.motcua.catalog.FormDefinitionTest.form;
import static vn.motcua.it.CatalogueDeclarations.business;
import static vn.motcua.it.CatalogueDeclarations.certifiedCopy;
import static vn.motcua.it.CatalogueDeclarations.death;
import static vn.motcua.it.CatalogueDeclarations.extract;
import static vn.motcua.it.CatalogueDeclarations.maritalStatus;
import static vn.motcua.it.CatalogueDeclarations.residence;
import static vn.motcua.it.CatalogueDeclarations.signature;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The declarations of the catalogue's procedures as the server checks them: a realistic filled one
 * passes, and a wrong one is refused with the field named. Declarations are checked on Tuesday
 * 24/11/2026. The filled ones are {@link vn.motcua.it.CatalogueDeclarations}, which the end-to-end
 * test submits too.
 */
class DeclarationFormsTest {

  static List<String> check(String form, Map<String, Object> data) throws Exception {
    return codes(form(form).validate(data, true, TODAY));
  }

  @Test
  void death_aFilledDeclarationPasses_aWrongOneIsRefusedFieldByField() throws Exception {
    assertThat(check("death-registration-declaration", death())).isEmpty();
    Map<String, Object> wrong = death();
    wrong.remove("deceasedFullName");
    wrong.put("deathDate", "2026-12-01");
    wrong.put("deathTime", "25:00");
    wrong.put("deathNoticeType", "rumour");
    wrong.put("copies", 21);
    assertThat(check("death-registration-declaration", wrong))
        .containsExactlyInAnyOrder(
            "deceasedFullName:form.required",
            "deathDate:form.futureDate",
            "deathTime:form.time",
            "deathNoticeType:form.option",
            "copies:form.max");
  }

  @Test
  void maritalStatus_forAMarriage_theIntendedSpouseIsRequired_forAnotherUse_thePurpose()
      throws Exception {
    assertThat(check("marital-status-confirmation-declaration", maritalStatus())).isEmpty();
    Map<String, Object> noSpouse = maritalStatus();
    noSpouse.remove("intendedSpouseFullName");
    noSpouse.put("maritalStatus", "engaged");
    assertThat(check("marital-status-confirmation-declaration", noSpouse))
        .containsExactlyInAnyOrder(
            "intendedSpouseFullName:form.required", "maritalStatus:form.option");
    Map<String, Object> forALoan = maritalStatus();
    forALoan.put("purpose", "other");
    List.of(
            "intendedSpouseFullName",
            "intendedSpouseBirthDate",
            "intendedSpouseNationality",
            "intendedSpouseIdentity",
            "marriageRegistrationPlace")
        .forEach(forALoan::remove);
    assertThat(check("marital-status-confirmation-declaration", forALoan))
        .containsExactly("purposeDetail:form.required");
    forALoan.put("purposeDetail", "Bổ túc hồ sơ vay vốn ngân hàng");
    assertThat(check("marital-status-confirmation-declaration", forALoan)).isEmpty();
  }

  @Test
  void extractCopy_atLeastOneCopy_ofAKnownKindOfEvent() throws Exception {
    assertThat(check("civil-status-extract-copy-declaration", extract())).isEmpty();
    Map<String, Object> wrong = extract();
    wrong.put("copies", 0);
    wrong.put("eventType", "baptism");
    wrong.remove("registrationAuthority");
    assertThat(check("civil-status-extract-copy-declaration", wrong))
        .containsExactlyInAnyOrder(
            "copies:form.min", "eventType:form.option", "registrationAuthority:form.required");
  }

  @Test
  void certifiedCopy_pagesAndCopiesAreWholeAndPositive_andTheOriginalIsDeclaredEligible()
      throws Exception {
    assertThat(check("certified-copy-declaration", certifiedCopy())).isEmpty();
    Map<String, Object> wrong = certifiedCopy();
    wrong.put("pages", 0);
    wrong.put("copies", 2.5);
    wrong.put("originalEligible", false);
    assertThat(check("certified-copy-declaration", wrong))
        .containsExactlyInAnyOrder(
            "pages:form.min", "copies:form.integer", "originalEligible:form.mustBeChecked");
  }

  @Test
  void signature_aWitnessIsNamedWhenTheSignerCannotSign() throws Exception {
    assertThat(check("signature-authentication-declaration", signature())).isEmpty();
    Map<String, Object> cannotSign = signature();
    cannotSign.put("signatureMethod", "witness");
    cannotSign.put("documentCount", 0);
    assertThat(check("signature-authentication-declaration", cannotSign))
        .containsExactlyInAnyOrder(
            "witnessFullName:form.required",
            "witnessCitizenId:form.required",
            "documentCount:form.min");
  }

  @Test
  void residence_aRentedHomeNeedsTheOwnersConsentAndEightSquareMetresAPerson() throws Exception {
    assertThat(check("permanent-residence-registration-declaration", residence())).isEmpty();
    Map<String, Object> cramped = residence();
    cramped.put("floorAreaPerPerson", 6);
    cramped.remove("ownerConsent");
    cramped.put("phone", "0123456789");
    assertThat(check("permanent-residence-registration-declaration", cramped))
        .containsExactlyInAnyOrder(
            "floorAreaPerPerson:form.min",
            "ownerConsent:form.required",
            "phone:form.pattern",
            "phone:phone.format");
    Map<String, Object> ownHome = residence();
    ownHome.put("residenceBasis", "owned");
    List.of("floorAreaPerPerson", "ownerFullName", "ownerCitizenId", "ownerConsent")
        .forEach(ownHome::remove);
    assertThat(check("permanent-residence-registration-declaration", ownHome)).isEmpty();
  }

  @Test
  void businessHousehold_aFamilyBusinessListsItsMembers_andCapitalIsNotNegative() throws Exception {
    assertThat(check("business-household-registration-declaration", business())).isEmpty();
    Map<String, Object> family = business();
    family.put("establishedBy", "family");
    family.put("capital", -1);
    family.remove("ownerEligible");
    assertThat(check("business-household-registration-declaration", family))
        .containsExactlyInAnyOrder(
            "familyMembers:form.required", "capital:form.min", "ownerEligible:form.required");
  }
}
