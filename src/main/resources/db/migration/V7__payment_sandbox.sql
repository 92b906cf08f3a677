-- The in-app payment gateway sandbox keeps its own ledger of transactions, as the real gateway does.
create table sandbox_vnpay_transaction (
  txn_ref        varchar(40)  primary key,
  tmn_code       varchar(20)  not null,
  amount         bigint       not null,
  order_info     varchar(255) not null,
  response_code  varchar(10)  not null,
  transaction_no varchar(20)  not null unique,
  bank_code      varchar(20)  not null,
  pay_date       varchar(14)  not null,
  created_at     timestamp(6) with time zone not null
);
