package vn.motcua.dossier.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficerAccessRepository extends JpaRepository<OfficerAccessEntity, Long> {}
