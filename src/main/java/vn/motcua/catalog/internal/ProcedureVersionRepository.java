package vn.motcua.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProcedureVersionRepository extends JpaRepository<ProcedureVersionEntity, Long> {

  @Query("select max(v.version) from ProcedureVersionEntity v where v.procedureCode = ?1")
  Optional<Integer> latestVersion(String procedureCode);

  List<ProcedureVersionEntity> findByProcedureCodeOrderByVersionDesc(String procedureCode);

  List<ProcedureVersionEntity> findAllByOrderByProcedureCodeAscVersionDesc();
}
