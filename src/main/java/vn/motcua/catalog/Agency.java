package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency or administrative unit: a node of the tree (province, commune, and district where a
 * province still has one), with the level as data. {@code id} is the short key used in candidate
 * groups ({@code <id>-onestop}); {@code code} is the national agency code used in dossier codes.
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
    List<String> predecessorIds) {

  public boolean isValidOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
