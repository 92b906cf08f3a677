package vn.motcua.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyImportRepository extends JpaRepository<AgencyImportEntity, Long> {}
