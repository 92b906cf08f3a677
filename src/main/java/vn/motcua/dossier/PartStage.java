package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task of one part of an interlinked group, as the process models it: its {@link Stage} (the
 * form's {@code <key>Decision} and {@code <key>Reason}), the part it works ({@code part}, a key of
 * the group's descriptor), what each decision makes of the part ({@link PartStatus#DONE} or {@link
 * PartStatus#REFUSED}), and the form fields the part produces as its result.
 */
public record PartStage(
    Stage stage, String part, Map<String, PartStatus> outcomes, List<String> result) {

  /** The part statuses a part decision may lead to. */
  public static final List<PartStatus> DECIDABLE = List.of(PartStatus.DONE, PartStatus.REFUSED);

  public PartStage {
    outcomes = Map.copyOf(outcomes);
    result = List.copyOf(result);
  }

  public Optional<PartStatus> outcome(String decision) {
    return Optional.ofNullable(decision).map(outcomes::get);
  }
}
