package vn.motcua.document.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentReleaseRepository extends JpaRepository<ContentReleaseEntity, String> {

  List<ContentReleaseEntity> findTop100ByReleasedAtBeforeOrderByReleasedAt(Instant before);
}
