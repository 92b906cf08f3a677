package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import vn.motcua.catalog.FeeSchedule;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;

/**
 * Levels are data: a province that still has districts loads a three-tier tree through the
 * administrators' API, and the catalogue's filters (level, agency, field, words) work as they do on
 * today's two tiers. A commune's procedure is the People's Committee's, not that of the commune
 * police or Social Insurance office of the same level.
 */
@AgencyTreeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogIT {

  @Autowired TestRestTemplate rest;
  @Autowired ProcedureCatalog catalog;
  @Autowired ObjectMapper objectMapper;

  ApiClient api;

  @BeforeAll
  void loadAThreeTierProvince() throws Exception {
    api = new ApiClient(rest);
    try (InputStream in = new ClassPathResource("it/agencies-three-tier.json").getInputStream()) {
      ResponseEntity<JsonNode> loaded =
          api.put("admin", "/api/admin/agencies", objectMapper.readTree(in));
      assertThat(loaded.getStatusCode().value()).as("%s", loaded.getBody()).isEqualTo(200);
    }
    ProcedureDescriptor districtProcedure =
        new ProcedureDescriptor(
            "2.001612",
            "Đăng ký thành lập hộ kinh doanh (cấp huyện)",
            new ProcedureDescriptor.FieldRef(
                "HO_KINH_DOANH", "Thành lập và hoạt động của hộ kinh doanh"),
            "DISTRICT",
            null,
            null,
            List.of(3, 4),
            new ProcedureDescriptor.TimeLimitSpec(3, null, "3 ngày làm việc"),
            FeeSchedule.FREE,
            List.of(),
            List.of("COUNTER", "ELECTRONIC"),
            "household-business",
            "household-business-request",
            LocalDate.of(2020, 1, 1),
            List.of(),
            false,
            null,
            List.of(),
            null);
    catalog.register(
        districtProcedure,
        Files.readString(Path.of("forms/birth-registration-declaration.form")),
        "household-business:1:x",
        "test-deployment");
  }

  List<String> codes(String query) {
    List<String> codes = new ArrayList<>();
    api.getAnonymous("/api/v1/procedures" + query)
        .getBody()
        .forEach(p -> codes.add(p.path("code").asText()));
    return codes;
  }

  @Test
  void theLevelsAreTheThreeOfTheFile_inRankOrder() {
    JsonNode levels = api.getAnonymous("/api/v1/agency-levels").getBody();
    List<String> codes = new ArrayList<>();
    levels.forEach(l -> codes.add(l.path("code").asText()));
    assertThat(codes).containsExactly("PROVINCE", "DISTRICT", "COMMUNE");
    assertThat(api.getAnonymous("/api/v1/agencies").getBody().findValuesAsText("id"))
        .contains("tinh-mau", "huyen-dong", "xa-an-phu");
  }

  @Test
  void theImportedAgencies_getTheirOfficersGroups_withoutARestart() {
    for (String group :
        List.of("huyen-dong-onestop", "huyen-dong-specialist", "xa-an-phu-leader")) {
      assertThat(api.get("admin", "/engine-rest/group/" + group).getStatusCode().value())
          .as(group)
          .isEqualTo(200);
    }
  }

  @Test
  void filtersByLevel() {
    assertThat(codes("?agencyLevel=DISTRICT")).containsExactly("2.001612");
    assertThat(codes("?agencyLevel=COMMUNE"))
        .contains("1.001193")
        .doesNotContain("2.001612", "3.000333");
    assertThat(codes("?agencyLevel=PROVINCE")).containsExactly("3.000333");
  }

  @Test
  void filtersByAgency_inEveryTier() {
    assertThat(codes("?agency=huyen-dong")).containsExactly("2.001612");
    assertThat(codes("?agency=xa-an-phu")).contains("1.001193").doesNotContain("2.001612");
    assertThat(codes("?agency=congan-nghean")).containsExactly("3.000333");
    assertThat(codes("?agency=ttpvhcc-nghean")).as("where it is received").contains("3.000333");
    assertThat(codes("?agency=no-such-agency")).isEmpty();
    assertThat(codes("?agency=ca-lamthanh"))
        .as("the commune police: its own procedures, none of the People's Committee's")
        .containsExactlyInAnyOrder("1.004222", "LOCAL.XOA-TT");
    assertThat(codes("?agency=bhxh-hungnguyen"))
        .as("a Social Insurance office: its own procedures")
        .containsExactlyInAnyOrder("LOCAL.BHYT-TE6", "LOCAL.MAI-TANG");
  }

  @Test
  void filtersByFieldAndWords_withOrWithoutAccents() {
    assertThat(codes("?field=HO_TICH")).contains("1.001193").doesNotContain("3.000333");
    assertThat(codes("?q=dang ky khai sinh"))
        .as("the procedure, and the interlinked group it is part of")
        .containsExactlyInAnyOrder("1.001193", "LOCAL.LT-KS");
    assertThat(codes("?q=Lý lịch")).containsExactly("3.000333");
    assertThat(codes("?agencyLevel=DISTRICT&field=HO_TICH")).isEmpty();
  }

  @Test
  void aProcedureShowsItsFeesDocumentsAndTheCommunesThatResolveIt() {
    JsonNode birth = api.getAnonymous("/api/v1/procedures/1.001193").getBody();
    assertThat(birth.path("fee").path("waivers").get(0).path("withinDays").asInt()).isEqualTo(60);
    assertThat(birth.path("documents").findValuesAsText("code")).contains("BIRTH_CERTIFICATE");
    assertThat(birth.path("resolvingAgencies").findValuesAsText("id"))
        .contains("lamthanh", "hungnguyen", "xa-an-phu")
        .doesNotContain("chaunhan", "ca-lamthanh", "bhxh-hungnguyen");
    JsonNode lltp = api.getAnonymous("/api/v1/procedures/3.000333").getBody();
    assertThat(lltp.path("fee").path("categories").findValuesAsText("value"))
        .containsExactly("standard", "reduced", "exempt");
    assertThat(lltp.path("timeLimit").path("workingDays").asInt()).isEqualTo(10);
  }
}
