package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency or administrative unit: a node of the tree (province, commune, and district where a
 * province still has one), with the level as data. {@code id} is the short key used in candidate
 * groups ({@code <id>-onestop}); {@code code} is the national agency code used in dossier codes.
 * {@code kind} says what sort of agency it is ({@link #KINDS}); {@code roles} which officers' roles
 * it has ({@link #ROLES}), each a Camunda group {@code <id>-<role>}; {@code serves} the areas
 * (People's Committees) an agency of another kind works for, such as the commune police of its
 * commune or a Social Insurance office of several communes.
 */
public record Agency(
    String id,
    String code,
    String name,
    String levelCode,
    String levelName,
    String parentId,
    boolean oneStopDesk,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> predecessorIds,
    String kind,
    List<String> roles,
    List<String> serves) {

  /** A People's Committee (UBND): the agency of its area itself. */
  public static final String PEOPLES_COMMITTEE = "PEOPLES_COMMITTEE";

  /** The police (Công an tỉnh, Công an xã). */
  public static final String POLICE = "POLICE";

  /** Social Insurance (Bảo hiểm xã hội). */
  public static final String SOCIAL_INSURANCE = "SOCIAL_INSURANCE";

  /** A public-administration service centre (Trung tâm Phục vụ hành chính công). */
  public static final String SERVICE_CENTRE = "SERVICE_CENTRE";

  /** A department of a People's Committee (Sở, phòng). */
  public static final String DEPARTMENT = "DEPARTMENT";

  public static final String OTHER = "OTHER";

  /** Every kind an agency may have: the one list the tree is checked against. */
  public static final List<String> KINDS =
      List.of(PEOPLES_COMMITTEE, POLICE, SOCIAL_INSURANCE, SERVICE_CENTRE, DEPARTMENT, OTHER);

  /**
   * The officers' roles: one-stop officers receive and hand over, specialists assess, leaders
   * approve. An agency's file entry without roles has all three.
   */
  public static final List<String> ROLES = List.of("onestop", "specialist", "leader");

  public Agency {
    predecessorIds = predecessorIds == null ? List.of() : List.copyOf(predecessorIds);
    kind = kind == null ? PEOPLES_COMMITTEE : kind;
    roles = roles == null ? ROLES : List.copyOf(roles);
    serves = serves == null ? List.of() : List.copyOf(serves);
  }

  public boolean isValidOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
