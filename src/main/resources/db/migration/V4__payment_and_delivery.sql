-- Fees and their settlement; delivery of results.
create table payment (
  dossier_code    varchar(40)  primary key,
  amount          bigint       not null,
  channel         varchar(20)  not null,
  status          varchar(20)  not null,
  order_ref       varchar(40)  unique,
  checkout_url    varchar(2000),
  receipt_number  varchar(50),
  provider_txn_id varchar(100) unique,
  paid_by         varchar(100),
  created_at      timestamp(6) with time zone not null,
  paid_at         timestamp(6) with time zone,
  version         bigint       not null
);

create table delivery (
  dossier_code    varchar(40)  primary key,
  method          varchar(20)  not null,
  tracking_code   varchar(40)  unique,
  shipment_status varchar(20),
  address         varchar(500),
  recipient       varchar(255),
  handed_over_by  varchar(100),
  created_at      timestamp(6) with time zone not null,
  delivered_at    timestamp(6) with time zone
);
