package vn.motcua.payment.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<PaymentEntity, String> {

  Optional<PaymentEntity> findByOrderRef(String orderRef);
}
