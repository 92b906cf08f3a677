package vn.motcua.dossier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<DossierEntity, UUID> {

  Optional<DossierEntity> findByCode(String code);

  List<DossierEntity> findByApplicantAccountOrderBySubmittedAtDesc(String account);
}

interface SubmissionRequestRepository extends JpaRepository<SubmissionRequestEntity, SubmissionRequestEntity.Key> {}
