package vn.motcua.payment;

import java.time.LocalDate;
import java.util.List;

/**
 * The day {@link Payments#reconcile} compared, and the differences it found; none when the paid
 * orders and the gateway's statement agree.
 */
public record Reconciliation(LocalDate day, List<String> differences) {

  public Reconciliation {
    differences = List.copyOf(differences);
  }
}
