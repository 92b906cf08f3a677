package vn.motcua.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureFieldRepository extends JpaRepository<ProcedureFieldEntity, String> {}
