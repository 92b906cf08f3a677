package vn.motcua.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<AgencyEntity, String> {

  @Query("select a from AgencyEntity a join a.serves s where s = ?1 and a.kind = ?2")
  List<AgencyEntity> findServing(String areaId, String kind);
}

interface AgencyImportRepository extends JpaRepository<AgencyImportEntity, Long> {}

interface AgencyLevelRepository extends JpaRepository<AgencyLevelEntity, String> {}

interface ProcedureFieldRepository extends JpaRepository<ProcedureFieldEntity, String> {}

interface ProcedureVersionRepository extends JpaRepository<ProcedureVersionEntity, Long> {

  @Query("select max(v.version) from ProcedureVersionEntity v where v.procedureCode = ?1")
  Optional<Integer> latestVersion(String procedureCode);

  List<ProcedureVersionEntity> findByProcedureCodeOrderByVersionDesc(String procedureCode);

  List<ProcedureVersionEntity> findAllByOrderByProcedureCodeAscVersionDesc();
}
