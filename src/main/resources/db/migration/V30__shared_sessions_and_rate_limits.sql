-- Nothing that matters in one node's memory (DESIGN.md "Data"): several nodes on one database share these.
--
-- The HTTP sessions (Spring Session JDBC: the citizens' and the counter's sign-ins and drafts, the Camunda webapps'
-- sign-in): Spring Session's own schema (org/springframework/session/jdbc/schema-postgresql.sql of
-- spring-session-jdbc 3.5), unchanged. It runs on H2 as it is (BYTEA is H2's BINARY VARYING there), so one file
-- serves both databases; spring.session.jdbc.initialize-schema is never. Spring Session deletes the expired rows
-- itself (spring.session.jdbc.cleanup-cron).
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- The rate limits' token buckets on PostgreSQL (Bucket4j's PostgreSQL proxy manager, vn.motcua.shared.SharedBuckets):
-- the key is a keyed 64-bit digest of the limit's name and the client's key (an address, a login, a citizen ID), so no
-- personal data is stored here; state is Bucket4j's serialized bucket; expires_at (epoch milliseconds) is when the
-- bucket is full again, after which vn.motcua.shared.RateLimitBuckets deletes the row; explicit_lock is the
-- advisory lock's key for the row (Bucket4j 8.18 writes it, and the deletion skips rows another node holds). On H2
-- (one node) the buckets stay in memory and this table stays empty.
create table rate_limit_bucket (
  id            bigint primary key,
  state         bytea  not null,
  expires_at    bigint,
  explicit_lock bigint
);
create index ix_rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
