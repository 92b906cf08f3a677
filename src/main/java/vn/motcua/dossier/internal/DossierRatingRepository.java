package vn.motcua.dossier.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRatingRepository extends JpaRepository<DossierRatingEntity, String> {}
