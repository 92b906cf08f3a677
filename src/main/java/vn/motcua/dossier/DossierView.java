package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A dossier as its owner and the officers see it. {@code nationalId} is the national portal's id of
 * a dossier it sent us ({@link Channel#NATIONAL_PORTAL}), null for every other.
 */
public record DossierView(
    String code,
    String procedureCode,
    String procedureName,
    long procedureVersionId,
    int procedureVersion,
    int level,
    Channel channel,
    DossierStatus status,
    String applicantName,
    String applicantAccount,
    String applicantCitizenId,
    String applicantPhone,
    String applicantEmail,
    String applicantResidence,
    String receivingUnit,
    String resolvingAgency,
    DeliveryMethod deliveryMethod,
    String deliveryAddress,
    long feeAmount,
    Map<String, Object> formData,
    Instant submittedAt,
    Instant receivedAt,
    Instant appointmentAt,
    Instant completedAt,
    List<Component> components,
    List<TimelineEntry> timeline,
    String nationalId,
    List<Part> parts) {

  public DossierView {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /**
   * The agencies that work the dossier, whose officers may open it: the receiving unit, the
   * resolving agency and, for a group, each part's agency.
   */
  public Set<String> workingAgencies() {
    Set<String> working = new LinkedHashSet<>();
    working.add(receivingUnit);
    working.add(resolvingAgency);
    parts.forEach(p -> working.add(p.agencyId()));
    working.remove(null);
    return working;
  }

  /**
   * The timeline as the applicant sees it (the portal, the citizens' API): without the entries of
   * the agency's own work.
   */
  public List<TimelineEntry> applicantTimeline() {
    return timeline.stream().filter(t -> !t.internal()).toList();
  }

  /** Whether the dossier is an interlinked group's, worked part by part. */
  public boolean isGroup() {
    return !parts.isEmpty();
  }

  /** When the dossier first reached {@code status}, as its timeline records it; null if never. */
  public Instant reachedAt(DossierStatus status) {
    return timeline.stream()
        .filter(t -> t.status() == status)
        .map(TimelineEntry::at)
        .findFirst()
        .orElse(null);
  }

  /**
   * A part of an interlinked group's dossier: its procedure, the agency working it, where it
   * stands, its due date, its result (named values, with their labels) and the reason it was
   * refused or cancelled.
   */
  public record Part(
      int position,
      String key,
      String procedureCode,
      String name,
      String agencyId,
      String agencyName,
      PartStatus status,
      Instant dueAt,
      List<ResultValue> result,
      String reason,
      Instant updatedAt) {}

  /** One value a part produced: its field, the label it is shown with, and the value. */
  public record ResultValue(String field, String label, String value) {}

  public record Component(
      String requirementCode,
      String name,
      ComponentSource source,
      UUID documentId,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String reference,
      LocalDate validUntil,
      Instant addedAt) {}

  /**
   * One entry of the timeline. {@code changeId} names the change this entry records, as {@link
   * DossierStatusChanged} carried it (null before V13); {@code internal} when it is of the agency's
   * own work (a step done, a task given or handed on, a return to the previous step, a stage
   * overdue, a follow-up), which officers see and the applicant does not.
   */
  public record TimelineEntry(
      Instant at,
      String actor,
      String actorKind,
      DossierStatus status,
      String note,
      UUID changeId,
      boolean internal) {}
}
