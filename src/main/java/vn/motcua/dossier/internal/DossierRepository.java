package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<DossierEntity, UUID> {

  /**
   * Written out, though Spring Data would derive it: a derived query is a JPA Criteria query, which
   * Hibernate compiles again on every call; a JPQL string is compiled once and cached. This one
   * runs several times per officer's click and per notification (the benchmark showed it).
   */
  @Query("select d from DossierEntity d where d.code = :code")
  Optional<DossierEntity> findByCode(String code);

  List<DossierEntity> findByApplicantAccountOrderBySubmittedAtDesc(String account);

  Optional<DossierEntity> findByNationalId(String nationalId);

  /**
   * An agency's register: what it received or resolves, by reception time (index of V21), with each
   * dossier's timeline. The timeline by {@code join fetch}, not an entity graph: with a graph
   * Hibernate translates the query again on every call (see {@link #findWithTimelineByCode}).
   */
  @Query(
      "select d from DossierEntity d left join fetch d.timeline"
          + " where (d.receivingUnit = :agency or d.resolvingAgency = :agency)"
          + " and d.receivedAt >= :from and d.receivedAt < :until order by d.receivedAt, d.code")
  List<DossierEntity> findReceivedFor(String agency, Instant from, Instant until);

  /**
   * One query, the timeline fetched with the dossier: the public look-up runs it for hits and
   * misses alike. Written out as JPQL for the reason {@link #findByCode} is: derived with an entity
   * graph, Hibernate translated it again on every look-up (a fifth of a look-up's CPU in a
   * profile).
   */
  @Query("select d from DossierEntity d left join fetch d.timeline where d.code = :code")
  Optional<DossierEntity> findWithTimelineByCode(String code);

  /** Any dossier, by the primary key's index: the look-up's first decoy. */
  Optional<DossierEntity> findFirstByOrderByIdAsc();

  /** The look-up by citizen ID: every dossier of the applicant, newest first, with its timeline. */
  @Query(
      "select d from DossierEntity d left join fetch d.timeline"
          + " where d.applicantCitizenId = :citizenId order by d.submittedAt desc")
  List<DossierEntity> findWithTimelineByApplicantCitizenIdOrderBySubmittedAtDesc(String citizenId);

  Optional<DossierEntity>
      findFirstByApplicantCitizenIdAndApplicantPhoneIsNotNullOrderBySubmittedAtDesc(
          String citizenId);

  /**
   * Pairs of (document id, dossier code) for the applicant's components that came from a repository
   * document.
   */
  @Query(
      "select c.documentId, d.code from DossierEntity d join d.components c"
          + " where d.applicantAccount = :account and c.documentId is not null order by d.submittedAt desc, c.id")
  List<Object[]> documentUsage(String account);
}
