package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;

/**
 * The agency tree is data an administrator loads and changes through {@code /api/admin/agencies}
 * alone: a province of 130 communes with each commune's police and three Social Insurance offices,
 * and a province that still has districts. The catalogue, the agency listing and the officers'
 * Camunda groups follow; a tree with problems is refused whole and changes nothing; every import is
 * audited; only administrators get in.
 */
@AgencyTreeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyAdminIT {

  static final String PATH = "/api/admin/agencies";
  static final int COMMUNES = 130;

  @Autowired TestRestTemplate rest;
  @Autowired Agencies agencies;

  final ObjectMapper json = new ObjectMapper();
  ApiClient api;
  JsonNode provinceLoaded;
  JsonNode threeTiersLoaded;

  static String commune(int i) {
    return "xa-thu-%03d".formatted(i);
  }

  static String police(int i) {
    return "ca-" + commune(i);
  }

  /** The Social Insurance office (1 to 3) serving commune {@code i}. */
  static String office(int i) {
    return "bhxh-thu-" + ((i - 1) % 3 + 1);
  }

  static Map<String, Object> level(String code, String name, int rank) {
    return Map.of("code", code, "name", name, "rank", rank);
  }

  static Map<String, Object> agency(
      String id, String code, String name, String level, String parent, Object... more) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", id);
    node.put("code", code);
    node.put("name", name);
    node.put("level", level);
    if (parent != null) {
      node.put("parent", parent);
    }
    for (int i = 0; i < more.length; i += 2) {
      node.put((String) more[i], more[i + 1]);
    }
    return node;
  }

  static Map<String, Object> tree(List<Map<String, Object>> levels, List<Map<String, Object>> all) {
    return Map.of("levels", levels, "agencies", all);
  }

  /** Tỉnh Thử: two tiers, 130 communes, each with its police; three Social Insurance offices. */
  static Map<String, Object> province() {
    List<Map<String, Object>> all = new ArrayList<>();
    List<String> specialistAndLeader = List.of("specialist", "leader");
    all.add(agency("thu", "000.00.00.T98", "UBND tỉnh Thử", "PROVINCE", null));
    all.add(
        agency(
            "ttpvhcc-thu",
            "000.00.04.T98",
            "Trung tâm Phục vụ hành chính công tỉnh Thử",
            "PROVINCE",
            "thu",
            "kind",
            "SERVICE_CENTRE",
            "roles",
            List.of("onestop"),
            "oneStopDesk",
            true));
    all.add(
        agency(
            "congan-thu",
            "000.00.21.T98",
            "Công an tỉnh Thử",
            "PROVINCE",
            "thu",
            "kind",
            "POLICE",
            "roles",
            specialistAndLeader));
    all.add(
        agency(
            "bhxh-thu",
            "000.00.35.T98",
            "Bảo hiểm xã hội khu vực tỉnh Thử",
            "PROVINCE",
            "thu",
            "kind",
            "SOCIAL_INSURANCE",
            "roles",
            specialistAndLeader));
    for (int i = 1; i <= COMMUNES; i++) {
      all.add(
          agency(
              commune(i),
              "000.%02d.%02d.T98".formatted(40 + i / 100, i % 100),
              "UBND xã Thử %03d".formatted(i),
              "COMMUNE",
              "thu",
              "oneStopDesk",
              true,
              "validFrom",
              "2025-07-01"));
      all.add(
          agency(
              police(i),
              "%03d.00.21.T98".formatted(i),
              "Công an xã Thử %03d".formatted(i),
              "COMMUNE",
              "congan-thu",
              "kind",
              "POLICE",
              "roles",
              specialistAndLeader,
              "serves",
              List.of(commune(i))));
    }
    for (int office = 1; office <= 3; office++) {
      int first = office;
      all.add(
          agency(
              "bhxh-thu-" + office,
              "%03d.00.35.T98".formatted(office),
              "Bảo hiểm xã hội cơ sở Thử " + office,
              "COMMUNE",
              "bhxh-thu",
              "kind",
              "SOCIAL_INSURANCE",
              "roles",
              specialistAndLeader,
              "serves",
              IntStream.iterate(first, i -> i <= COMMUNES, i -> i + 3)
                  .mapToObj(AgencyAdminIT::commune)
                  .toList()));
    }
    return tree(List.of(level("PROVINCE", "Cấp tỉnh", 1), level("COMMUNE", "Cấp xã", 3)), all);
  }

  /** Tỉnh Ba Cấp: province, two districts, three communes in each. */
  static Map<String, Object> threeTiers() {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(agency("ba-cap", "000.00.00.T97", "UBND tỉnh Ba Cấp", "PROVINCE", null));
    for (int d = 1; d <= 2; d++) {
      String district = "huyen-ba-cap-" + d;
      all.add(
          agency(
              district,
              "000.1%d.00.T97".formatted(d),
              "UBND huyện " + d,
              "DISTRICT",
              "ba-cap",
              "oneStopDesk",
              true));
      for (int c = 1; c <= 3; c++) {
        all.add(
            agency(
                "xa-ba-cap-%d-%d".formatted(d, c),
                "000.1%d.0%d.T97".formatted(d, c),
                "UBND xã %d-%d".formatted(d, c),
                "COMMUNE",
                district,
                "oneStopDesk",
                true));
      }
    }
    return tree(
        List.of(
            level("PROVINCE", "Cấp tỉnh", 1),
            level("DISTRICT", "Cấp huyện", 2),
            level("COMMUNE", "Cấp xã", 3)),
        all);
  }

  @BeforeAll
  void loadBothProvincesThroughTheApi() {
    api = new ApiClient(rest);
    ResponseEntity<JsonNode> province = api.put("admin", PATH, province());
    assertThat(province.getStatusCode().value()).as("%s", province.getBody()).isEqualTo(200);
    provinceLoaded = province.getBody();
    ResponseEntity<JsonNode> three = api.put("admin", PATH, threeTiers());
    assertThat(three.getStatusCode().value()).as("%s", three.getBody()).isEqualTo(200);
    threeTiersLoaded = three.getBody();
  }

  List<String> agencyIds() {
    return api.getAnonymous("/api/v1/agencies").getBody().findValuesAsText("id");
  }

  List<String> groupIds() {
    ResponseEntity<JsonNode> groups =
        api.get("admin", "/engine-rest/group?sortBy=id&sortOrder=asc&maxResults=2000");
    assertThat(groups.getStatusCode().value()).isEqualTo(200);
    List<String> ids = groups.getBody().findValuesAsText("id");
    assertThat(ids).as("all groups on one page").hasSizeLessThan(2000);
    return ids;
  }

  int status(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, ApiClient.PASSWORD);
    return client
        .exchange(path, method, new HttpEntity<>(body, headers), String.class)
        .getStatusCode()
        .value();
  }

  @Test
  @Order(1)
  void theProvince_isAddedWhole_andListedWithItsPoliceAndSocialInsurance() {
    assertThat(provinceLoaded.path("added").asInt()).isEqualTo(4 + 2 * COMMUNES + 3);
    assertThat(provinceLoaded.path("changed").asInt()).isZero();
    assertThat(provinceLoaded.path("unchanged").asInt()).isZero();
    List<String> listed = agencyIds();
    for (int i = 1; i <= COMMUNES; i++) {
      assertThat(listed).contains(commune(i), police(i));
    }
    assertThat(listed).contains("thu", "ttpvhcc-thu", "congan-thu", "bhxh-thu-1", "bhxh-thu-3");
    JsonNode police77 =
        api.getAnonymous("/api/v1/agencies").getBody().findParents("id").stream()
            .filter(a -> a.path("id").asText().equals(police(77)))
            .findFirst()
            .orElseThrow();
    assertThat(police77.path("kind").asText()).isEqualTo("POLICE");
    assertThat(police77.path("parentId").asText()).isEqualTo("congan-thu");
    assertThat(police77.path("serves").get(0).asText()).isEqualTo(commune(77));
  }

  @Test
  @Order(2)
  void officersGroups_followFromAgencyAndRole() {
    List<String> groups = groupIds();
    for (int i = 1; i <= COMMUNES; i++) {
      assertThat(groups)
          .contains(
              commune(i) + "-onestop",
              commune(i) + "-specialist",
              commune(i) + "-leader",
              police(i) + "-specialist",
              police(i) + "-leader")
          .as("the commune police has no one-stop desk here")
          .doesNotContain(police(i) + "-onestop");
    }
    assertThat(groups)
        .contains("ttpvhcc-thu-onestop", "bhxh-thu-2-specialist", "bhxh-thu-2-leader")
        .doesNotContain("ttpvhcc-thu-specialist", "ttpvhcc-thu-leader", "bhxh-thu-2-onestop");
    assertThat(groups.stream().filter(g -> g.matches(".*xa-thu-\\d{3}-.*"))).hasSize(5 * COMMUNES);
    // an officer of a new commune finds Tasklist open to the group: its grants came with it
    JsonNode grants =
        api.get(
                "admin",
                "/engine-rest/authorization?maxResults=50&groupIdIn=" + commune(99) + "-specialist")
            .getBody();
    assertThat(grants.findValuesAsText("resourceId")).contains("tasklist");
  }

  @Test
  @Order(3)
  void aCommunesProcedure_isOfferedByItsPeoplesCommittees_notByPoliceOrSocialInsurance() {
    List<String> resolving =
        api.getAnonymous("/api/v1/procedures/1.001193")
            .getBody()
            .path("resolvingAgencies")
            .findValuesAsText("id");
    for (int i = 1; i <= COMMUNES; i++) {
      assertThat(resolving).contains(commune(i)).doesNotContain(police(i));
    }
    assertThat(resolving)
        .contains("lamthanh", "xa-ba-cap-2-3")
        .doesNotContain(
            "bhxh-thu-1", "bhxh-thu-2", "bhxh-thu-3", "ca-lamthanh", "bhxh-hungnguyen", "thu");
    assertThat(
            api.getAnonymous("/api/v1/procedures?agency=" + police(5))
                .getBody()
                .findValuesAsText("code"))
        .as("a commune police offers its own procedure, permanent residence, not the commune's")
        .contains("1.004222")
        .doesNotContain("1.001193");
  }

  @Test
  @Order(4)
  void eachArea_findsTheAgencyOfEachKindThatServesIt() {
    assertThat(agencies.serving(commune(77), Agency.POLICE)).map(Agency::id).contains(police(77));
    assertThat(agencies.serving(commune(77), Agency.SOCIAL_INSURANCE))
        .map(Agency::id)
        .contains(office(77));
    assertThat(agencies.serving(commune(77), Agency.PEOPLES_COMMITTEE))
        .map(Agency::id)
        .contains(commune(77));
    assertThat(agencies.serving(commune(77), Agency.DEPARTMENT)).isEmpty();
    assertThat(agencies.serving(police(77), Agency.PEOPLES_COMMITTEE))
        .as("the police is not an area")
        .isEmpty();
    assertThat(agencies.serving("lamthanh", Agency.POLICE)).map(Agency::id).contains("ca-lamthanh");
    assertThat(agencies.serving("hungnguyen", Agency.SOCIAL_INSURANCE))
        .map(Agency::id)
        .contains("bhxh-hungnguyen");
    assertThat(agencies.serving("chaunhan", Agency.PEOPLES_COMMITTEE))
        .as("merged in 2025")
        .isEmpty();
  }

  @Test
  @Order(5)
  void aProvinceWithDistricts_loadsByDataAlone() {
    assertThat(threeTiersLoaded.path("added").asInt()).isEqualTo(9);
    assertThat(api.getAnonymous("/api/v1/agency-levels").getBody().findValuesAsText("code"))
        .containsExactly("PROVINCE", "DISTRICT", "COMMUNE");
    assertThat(agencyIds()).contains("ba-cap", "huyen-ba-cap-1", "xa-ba-cap-1-1", "xa-ba-cap-2-3");
    assertThat(groupIds())
        .contains("huyen-ba-cap-2-onestop", "huyen-ba-cap-2-leader", "xa-ba-cap-2-3-specialist");
  }

  @Test
  @Order(6)
  void theDemoTree_cameThroughTheSameImport_withItsCommunePoliceAndSocialInsurance() {
    JsonNode audit = api.get("admin", PATH + "/audit?limit=200").getBody();
    assertThat(audit.findValuesAsText("source")).contains("classpath:demo/agencies-nghean.json");
    JsonNode demoImport = audit.get(audit.size() - 1);
    assertThat(demoImport.path("actor").asText()).isEqualTo("system");
    assertThat(demoImport.path("source").asText()).isEqualTo("classpath:demo/agencies-nghean.json");
    JsonNode tree = api.get("admin", PATH).getBody();
    JsonNode police =
        tree.path("agencies").findParents("id").stream()
            .filter(a -> a.path("id").asText().equals("ca-lamthanh"))
            .findFirst()
            .orElseThrow();
    assertThat(police.path("kind").asText()).isEqualTo("POLICE");
    assertThat(police.path("serves").get(0).asText()).isEqualTo("lamthanh");
    assertThat(groupIds())
        .contains("ca-lamthanh-specialist", "bhxh-hungnguyen-leader")
        .doesNotContain("ca-lamthanh-onestop");
    assertThat(
            api.get("admin", "/engine-rest/group?maxResults=50&member=cv.congan.lamthanh")
                .getBody()
                .findValuesAsText("id"))
        .containsExactly("ca-lamthanh-specialist");
    assertThat(
            api.get("admin", "/engine-rest/group?maxResults=50&member=cv.bhxh.hungnguyen")
                .getBody()
                .findValuesAsText("id"))
        .containsExactly("bhxh-hungnguyen-specialist");
  }

  @Test
  @Order(7)
  void theTreeComesBackInTheFileShape_andTakenBack_changesNothing() {
    JsonNode tree = api.get("admin", PATH).getBody();
    ResponseEntity<JsonNode> again = api.put("admin", PATH, tree);
    assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(200);
    assertThat(again.getBody().path("added").asInt()).isZero();
    assertThat(again.getBody().path("changed").asInt()).isZero();
    assertThat(again.getBody().path("unchanged").asInt())
        .isEqualTo(tree.path("agencies").size())
        .isGreaterThan(2 * COMMUNES);
  }

  @Test
  @Order(8)
  void aTreeWithProblems_isRefusedWhole_listingEachProblem_andChangesNothing() {
    JsonNode before = api.get("admin", PATH).getBody();
    int imports = api.get("admin", PATH + "/audit?limit=200").getBody().size();
    List<Map<String, Object>> all = new ArrayList<>();
    // sound on their own: a new commune and a new name
    all.add(agency("xa-thu-moi", "000.42.01.T98", "UBND xã Thử Mới", "COMMUNE", "thu"));
    all.add(agency(commune(1), "000.40.01.T98", "UBND xã Thử Một (đổi tên)", "COMMUNE", "thu"));
    // and each with something wrong
    all.add(agency("xa-thu-sai-ma", "000.42.2.T98", "UBND xã Sai Mã", "COMMUNE", "thu"));
    all.add(agency("xa-thu-trung-ma", "000.40.02.T98", "UBND xã Trùng Mã", "COMMUNE", "thu"));
    all.add(agency("xa-thu-mo-coi", "000.42.03.T98", "UBND xã Mồ Côi", "COMMUNE", "huyen-khong"));
    all.add(agency("xa-thu-ap", "000.42.04.T98", "UBND xã Ấp", "HAMLET", "thu"));
    all.add(
        agency(
            "ca-thu-sai",
            "000.42.05.T98",
            "Công an xã Sai",
            "COMMUNE",
            "congan-thu",
            "kind",
            "MILITIA",
            "roles",
            List.of("clerk"),
            "serves",
            List.of("xa-khong-co"),
            "predecessors",
            List.of("ca-cu-khong-co"),
            "validFrom",
            "2026-01-01",
            "validTo",
            "2025-12-31"));
    all.add(agency("huyen-sai", "000.42.06.T98", "UBND huyện dưới xã", "DISTRICT", commune(2)));
    HttpHeaders english = new HttpHeaders();
    english.setContentType(MediaType.APPLICATION_JSON);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<JsonNode> refused =
        rest.withBasicAuth("admin", ApiClient.PASSWORD)
            .exchange(
                PATH,
                HttpMethod.PUT,
                new HttpEntity<>(tree(List.of(), all), english),
                JsonNode.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    JsonNode errors = refused.getBody().path("errors");
    List<org.assertj.core.groups.Tuple> found = new ArrayList<>();
    errors.forEach(
        e ->
            found.add(
                tuple(
                    e.path("agency").asText(), e.path("field").asText(), e.path("code").asText())));
    assertThat(found)
        .containsExactlyInAnyOrder(
            tuple("xa-thu-sai-ma", "code", "agencies.problem.codeFormat"),
            tuple("xa-thu-trung-ma", "code", "agencies.problem.duplicateCode"),
            tuple("xa-thu-mo-coi", "parent", "agencies.problem.unknownParent"),
            tuple("xa-thu-ap", "level", "agencies.problem.unknownLevel"),
            tuple("ca-thu-sai", "kind", "agencies.problem.unknownKind"),
            tuple("ca-thu-sai", "roles", "agencies.problem.unknownRole"),
            tuple("ca-thu-sai", "validTo", "agencies.problem.validity"),
            tuple("ca-thu-sai", "predecessors", "agencies.problem.unknownPredecessor"),
            tuple("ca-thu-sai", "serves", "agencies.problem.unknownArea"),
            tuple("huyen-sai", "parent", "agencies.problem.parentRank"));
    JsonNode duplicate =
        errors.findParents("code").stream()
            .filter(e -> e.path("agency").asText().equals("xa-thu-trung-ma"))
            .findFirst()
            .orElseThrow();
    assertThat(duplicate.path("message").asText())
        .isEqualTo("Agency xa-thu-trung-ma, code: this code is already agency xa-thu-002's.");
    assertThat(refused.getBody().path("detail").asText()).contains("10 problems");

    assertThat(api.get("admin", PATH).getBody()).as("nothing changed").isEqualTo(before);
    assertThat(api.get("admin", PATH + "/audit?limit=200").getBody().size()).isEqualTo(imports);
    assertThat(agencyIds()).doesNotContain("xa-thu-moi");
    assertThat(groupIds()).doesNotContain("xa-thu-moi-onestop");
  }

  @Test
  @Order(9)
  void aChange_isAudited_andAnAgencyNoLongerValid_keepsItsGroups() {
    String yesterday = TestClock.today().minusDays(1).toString();
    List<Map<String, Object>> changed =
        List.of(
            agency(
                commune(1),
                "000.40.01.T98",
                "UBND xã Thử Một",
                "COMMUNE",
                "thu",
                "oneStopDesk",
                true,
                "validFrom",
                "2025-07-01"),
            agency(
                commune(130),
                "000.41.30.T98",
                "UBND xã Thử 130",
                "COMMUNE",
                "thu",
                "oneStopDesk",
                true,
                "validFrom",
                "2025-07-01",
                "validTo",
                yesterday),
            agency(
                commune(2),
                "000.40.02.T98",
                "UBND xã Thử 002",
                "COMMUNE",
                "thu",
                "oneStopDesk",
                true,
                "validFrom",
                "2025-07-01"));
    ResponseEntity<JsonNode> done = api.put("admin", PATH, tree(List.of(), changed));
    assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
    assertThat(done.getBody().path("changed").asInt()).isEqualTo(2);
    assertThat(done.getBody().path("unchanged").asInt()).isEqualTo(1);

    JsonNode last = api.get("admin", PATH + "/audit?limit=1").getBody();
    assertThat(last).hasSize(1);
    JsonNode entry = last.get(0);
    assertThat(entry.path("id").asLong()).isEqualTo(done.getBody().path("importId").asLong());
    assertThat(entry.path("actor").asText()).isEqualTo("admin");
    assertThat(entry.path("source").asText()).isEqualTo("api");
    assertThat(entry.path("importedAt").asText()).startsWith(TestClock.today().getYear() + "-");
    List<String> details = new ArrayList<>();
    entry
        .path("changes")
        .forEach(
            c ->
                details.add(
                    c.path("agency").asText()
                        + " "
                        + c.path("action").asText()
                        + " "
                        + c.path("details").asText()));
    assertThat(details)
        .containsExactly(
            commune(1) + " CHANGED name: UBND xã Thử 001 -> UBND xã Thử Một",
            commune(130) + " CHANGED validTo: null -> " + yesterday);

    assertThat(agencyIds()).contains(commune(1)).doesNotContain(commune(130));
    assertThat(groupIds()).as("kept, as history").contains(commune(130) + "-onestop");
  }

  @Test
  @Order(10)
  void onlyAdministrators_mayReadOrChangeTheTree() {
    Map<String, Object> small =
        tree(
            List.of(),
            List.of(agency("xa-thu-lau", "000.42.09.T98", "UBND xã Lậu", "COMMUNE", "thu")));
    for (String path : List.of(PATH, PATH + "/audit")) {
      assertThat(status(null, HttpMethod.GET, path, null)).as("anonymous " + path).isEqualTo(401);
      assertThat(status("mc.lamthanh", HttpMethod.GET, path, null)).as("officer").isEqualTo(403);
      assertThat(status("analyst", HttpMethod.GET, path, null)).as("analyst").isEqualTo(403);
      assertThat(status("citizen1", HttpMethod.GET, path, null)).as("citizen").isEqualTo(401);
    }
    assertThat(status(null, HttpMethod.PUT, PATH, small)).isEqualTo(401);
    assertThat(status("cv.lamthanh", HttpMethod.PUT, PATH, small)).isEqualTo(403);
    assertThat(status("citizen1", HttpMethod.PUT, PATH, small)).isEqualTo(401);
    assertThat(agencyIds()).doesNotContain("xa-thu-lau");
  }
}
