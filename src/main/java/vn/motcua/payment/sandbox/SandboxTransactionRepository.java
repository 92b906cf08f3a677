package vn.motcua.payment.sandbox;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SandboxTransactionRepository extends JpaRepository<SandboxTransaction, String> {

  List<SandboxTransaction> findByTmnCodeAndResponseCodeAndCreatedAtBetween(
      String tmnCode, String responseCode, Instant from, Instant to);
}
