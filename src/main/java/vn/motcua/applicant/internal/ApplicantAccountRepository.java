package vn.motcua.applicant.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, String> {}
