package vn.motcua.interop.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortalPushRepository extends JpaRepository<PortalPushEntity, Long> {

  List<PortalPushEntity> findByOrderByIdDesc(Pageable page);
}
