package vn.motcua.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyLevelRepository extends JpaRepository<AgencyLevelEntity, String> {}
