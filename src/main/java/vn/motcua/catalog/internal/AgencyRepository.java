package vn.motcua.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<AgencyEntity, String> {

  @Query("select a from AgencyEntity a join a.serves s where s = ?1 and a.kind = ?2")
  List<AgencyEntity> findServing(String areaId, String kind);
}
