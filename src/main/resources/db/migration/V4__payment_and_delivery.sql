-- Fees and their settlement; delivery of results.
-- payment: a dossier's financial obligation (one per dossier)
create table payment (
  dossier_code    varchar(40)  primary key,
  amount          bigint       not null,
  channel         varchar(20)  not null,
  status          varchar(20)  not null,
  receipt_number  varchar(50),
  provider_txn_id varchar(100),
  paid_by         varchar(100),
  created_at      timestamp(6) with time zone not null,
  paid_at         timestamp(6) with time zone,
  version         bigint       not null
);

-- payment_order: one attempt to pay online (a citizen who cancels pays again with a new order)
create table payment_order (
  order_ref       varchar(40)  primary key,
  dossier_code    varchar(40)  not null references payment (dossier_code),
  amount          bigint       not null,
  status          varchar(20)  not null,
  checkout_url    varchar(4000) not null,
  created_at      timestamp(6) with time zone not null,
  returned_at     timestamp(6) with time zone,
  last_queried_at timestamp(6) with time zone,
  response_code   varchar(10),
  provider_txn_id varchar(100) unique,
  paid_at         timestamp(6) with time zone,
  version         bigint       not null
);
create index ix_payment_order_dossier on payment_order (dossier_code);
create index ix_payment_order_status on payment_order (status);

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
