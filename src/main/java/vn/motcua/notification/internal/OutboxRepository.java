package vn.motcua.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessageEntity, Long> {

  List<OutboxMessageEntity> findByOrderByIdDesc(Pageable page);

  Optional<OutboxMessageEntity> findFirstByRecipientOrderByIdDesc(String recipient);
}
