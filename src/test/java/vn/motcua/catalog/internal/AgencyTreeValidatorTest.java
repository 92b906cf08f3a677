package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.AgencyProblem;
import vn.motcua.catalog.AgencyTree;
import vn.motcua.catalog.AgencyTree.Level;
import vn.motcua.catalog.AgencyTree.Node;

/**
 * Each rule an agency tree is checked against, before anything is written: one problem per mistake,
 * naming the agency (or level) and the field, and all of them at once.
 */
class AgencyTreeValidatorTest {

  static final Level PROVINCE = new Level("PROVINCE", "Cấp tỉnh", 1);
  static final Level DISTRICT = new Level("DISTRICT", "Cấp huyện", 2);
  static final Level COMMUNE = new Level("COMMUNE", "Cấp xã", 3);

  static final Node PROVINCE_UBND = node("tinh", "000.00.00.T99", "PROVINCE", null);

  final Map<String, Node> stored = new LinkedHashMap<>();
  final Map<String, Level> storedLevels = new LinkedHashMap<>();

  static Node node(String id, String code, String level, String parent) {
    return new Node(
        id, code, "UBND " + id, level, parent, true, null, null, null, null, null, null);
  }

  static Node with(
      Node n,
      String kind,
      List<String> roles,
      List<String> serves,
      List<String> predecessors,
      boolean oneStopDesk) {
    return new Node(
        n.id(),
        n.code(),
        n.name(),
        n.level(),
        n.parent(),
        oneStopDesk,
        n.validFrom(),
        n.validTo(),
        predecessors,
        kind,
        roles,
        serves);
  }

  List<AgencyProblem> check(List<Level> levels, Node... nodes) {
    return AgencyTreeValidator.check(
        new AgencyTree(levels, Arrays.asList(nodes)), stored, storedLevels);
  }

  List<AgencyProblem> check(Node... nodes) {
    return check(List.of(PROVINCE, DISTRICT, COMMUNE), nodes);
  }

  @Test
  void aSoundThreeTierTree_hasNoProblem() {
    assertThat(
            check(
                PROVINCE_UBND,
                node("huyen", "000.10.00.T99", "DISTRICT", "tinh"),
                node("xa", "000.10.01.T99", "COMMUNE", "huyen"),
                with(
                    node("ca-tinh", "000.00.21.T99", "PROVINCE", "tinh"),
                    "POLICE",
                    List.of("specialist", "leader"),
                    null,
                    null,
                    false),
                with(
                    node("ca-xa", "000.01.21.T99", "COMMUNE", "ca-tinh"),
                    "POLICE",
                    List.of("specialist", "leader"),
                    List.of("xa"),
                    null,
                    false)))
        .isEmpty();
  }

  @Test
  void requiredFields_areNamedOneByOne() {
    assertThat(
            check(new Node(null, null, " ", null, null, false, null, null, null, null, null, null)))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple("#1", "id", "agencies.problem.required"),
            tuple("#1", "code", "agencies.problem.required"),
            tuple("#1", "name", "agencies.problem.required"),
            tuple("#1", "level", "agencies.problem.required"));
  }

  @Test
  void idsAndCodes_areUniqueAndWellFormed() {
    assertThat(
            check(
                PROVINCE_UBND,
                node("tinh", "000.00.01.T99", "PROVINCE", null),
                node("xa an phu", "000.10.01.T99", "COMMUNE", "tinh"),
                node("xa-a", "000.00.00.T99", "COMMUNE", "tinh"),
                node("xa-b", "000.10.2.T99", "COMMUNE", "tinh"),
                node("xa-c", "000.10.03.t99", "COMMUNE", "tinh")))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple("tinh", "id", "agencies.problem.duplicateId"),
            tuple("xa an phu", "id", "agencies.problem.idFormat"),
            tuple("tinh", "code", "agencies.problem.duplicateCode"),
            tuple("xa-a", "code", "agencies.problem.duplicateCode"),
            tuple("xa-b", "code", "agencies.problem.codeFormat"),
            tuple("xa-c", "code", "agencies.problem.codeFormat"));
  }

  @Test
  void aCodeAlreadyStored_forAnotherAgency_isRefused() {
    stored.put("tinh", AgencyNodes.normalise(PROVINCE_UBND));
    storedLevels.put("PROVINCE", PROVINCE);
    List<AgencyProblem> problems =
        check(List.of(COMMUNE), node("xa", "000.00.00.T99", "COMMUNE", "tinh"));
    assertThat(problems)
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(tuple("xa", "code", "agencies.problem.duplicateCode"));
    assertThat(problems.get(0).args()).containsExactly("tinh");
  }

  @Test
  void theParent_mustExist_inTheFileOrStored() {
    stored.put("tinh", AgencyNodes.normalise(PROVINCE_UBND));
    assertThat(
            check(
                node("huyen", "000.10.00.T99", "DISTRICT", "tinh"),
                node("xa", "000.10.01.T99", "COMMUNE", "huyen-tay")))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(tuple("xa", "parent", "agencies.problem.unknownParent"));
  }

  @Test
  void theParent_ranksAbove_orEqualOnlyForAnotherKind() {
    assertThat(
            check(
                PROVINCE_UBND,
                node("xa", "000.10.01.T99", "COMMUNE", "tinh"),
                node("huyen", "000.10.00.T99", "DISTRICT", "xa"),
                node("tinh-2", "000.00.02.T99", "PROVINCE", "tinh"),
                with(
                    node("ttpvhcc", "000.00.04.T99", "PROVINCE", "tinh"),
                    "SERVICE_CENTRE",
                    List.of("onestop"),
                    null,
                    null,
                    true)))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple("huyen", "parent", "agencies.problem.parentRank"),
            tuple("tinh-2", "parent", "agencies.problem.parentRank"));
  }

  @Test
  void aChainOfParents_mayNotComeBack() {
    assertThat(
            check(
                with(
                    node("a", "000.00.01.T99", "PROVINCE", "b"),
                    "POLICE",
                    List.of("leader"),
                    null,
                    null,
                    false),
                node("b", "000.00.02.T99", "PROVINCE", "a")))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple("a", "parent", "agencies.problem.cycle"),
            tuple("b", "parent", "agencies.problem.cycle"));
  }

  @Test
  void levels_mustBeKnown_andWellFormed() {
    assertThat(
            check(
                List.of(
                    PROVINCE,
                    new Level("PROVINCE", "again", 1),
                    new Level("ward", "Phường", 3),
                    new Level("HAMLET", "", 0)),
                PROVINCE_UBND,
                node("xa", "000.10.01.T99", "COMMUNE", "tinh")))
        .extracting(
            AgencyProblem::agency, AgencyProblem::level, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple(null, "PROVINCE", "code", "agencies.problem.duplicateLevel"),
            tuple(null, "ward", "code", "agencies.problem.levelCodeFormat"),
            tuple(null, "HAMLET", "name", "agencies.problem.required"),
            tuple(null, "HAMLET", "rank", "agencies.problem.levelRank"),
            tuple("xa", null, "level", "agencies.problem.unknownLevel"));
  }

  @Test
  void validity_startsBeforeItEnds() {
    Node backwards =
        new Node(
            "xa",
            "000.10.01.T99",
            "UBND xa",
            "COMMUNE",
            "tinh",
            false,
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2025, 6, 30),
            null,
            null,
            null,
            null);
    assertThat(check(PROVINCE_UBND, backwards))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(tuple("xa", "validTo", "agencies.problem.validity"));
  }

  @Test
  void predecessors_mustExist() {
    stored.put("xa-cu", AgencyNodes.normalise(node("xa-cu", "000.10.09.T99", "COMMUNE", null)));
    assertThat(
            check(
                PROVINCE_UBND,
                with(
                    node("xa", "000.10.01.T99", "COMMUNE", "tinh"),
                    null,
                    null,
                    null,
                    List.of("xa-cu", "xa-khong-co"),
                    true)))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(tuple("xa", "predecessors", "agencies.problem.unknownPredecessor"));
  }

  @Test
  void rolesAndKinds_areThoseOfTheOneList_andAOneStopDeskHasItsOneStopRole() {
    assertThat(
            check(
                PROVINCE_UBND,
                with(
                    node("xa", "000.10.01.T99", "COMMUNE", "tinh"),
                    "TAX",
                    List.of("clerk", "leader"),
                    null,
                    null,
                    true)))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple("xa", "kind", "agencies.problem.unknownKind"),
            tuple("xa", "roles", "agencies.problem.unknownRole"),
            tuple("xa", "roles", "agencies.problem.oneStopDeskNeedsRole"));
  }

  @Test
  void serves_namesPeoplesCommitteesThatExist_andOnlyForOtherKinds() {
    Node police =
        with(
            node("ca-tinh", "000.00.21.T99", "PROVINCE", "tinh"),
            "POLICE",
            List.of("leader"),
            null,
            null,
            false);
    assertThat(
            check(
                PROVINCE_UBND,
                node("xa", "000.10.01.T99", "COMMUNE", "tinh"),
                police,
                with(
                    node("ca-xa", "000.01.21.T99", "COMMUNE", "ca-tinh"),
                    "POLICE",
                    List.of("leader"),
                    List.of("xa", "xa-khong-co", "ca-tinh"),
                    null,
                    false),
                with(
                    node("xa-2", "000.10.02.T99", "COMMUNE", "tinh"),
                    null,
                    null,
                    List.of("xa"),
                    null,
                    true)))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(
            tuple("ca-xa", "serves", "agencies.problem.notAnArea"),
            tuple("ca-xa", "serves", "agencies.problem.unknownArea"),
            tuple("xa-2", "serves", "agencies.problem.servesOwnArea"));
  }

  @Test
  void aStoredChild_mustStillRankBelow_aParentTheFileMoves() {
    storedLevels.putAll(Map.of("PROVINCE", PROVINCE, "DISTRICT", DISTRICT, "COMMUNE", COMMUNE));
    stored.put("tinh", AgencyNodes.normalise(PROVINCE_UBND));
    stored.put("huyen", AgencyNodes.normalise(node("huyen", "000.10.00.T99", "DISTRICT", "tinh")));
    stored.put("xa", AgencyNodes.normalise(node("xa", "000.10.01.T99", "COMMUNE", "huyen")));
    assertThat(check(List.of(), node("huyen", "000.10.00.T99", "COMMUNE", "tinh")))
        .extracting(AgencyProblem::agency, AgencyProblem::field, AgencyProblem::code)
        .containsExactly(tuple("xa", "parent", "agencies.problem.parentRank"));
  }
}
