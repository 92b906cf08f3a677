package vn.motcua.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<PaymentEntity, String> {}

interface PaymentOrderRepository extends JpaRepository<PaymentOrderEntity, String> {

  Optional<PaymentOrderEntity> findFirstByDossierCodeAndStatusOrderByCreatedAtDesc(
      String dossierCode, String status);

  List<PaymentOrderEntity> findByDossierCodeAndStatus(String dossierCode, String status);

  @Query(
      """
      select o.reference from PaymentOrderEntity o where o.status = 'PENDING'
         and ((o.returnedAt is not null and o.returnedAt < ?1) or o.createdAt < ?2)
         and (o.lastQueriedAt is null or o.lastQueriedAt < ?1)
       order by o.createdAt""")
  List<String> pendingToRequery(Instant returnedBefore, Instant createdBefore);

  List<PaymentOrderEntity> findByStatusAndPaidAtBetween(String status, Instant from, Instant to);
}
