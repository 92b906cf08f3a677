package vn.motcua.dossier.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRequestRepository
    extends JpaRepository<SubmissionRequestEntity, SubmissionRequestEntity.Key> {}
