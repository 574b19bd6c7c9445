-- The organisation (R1, roles table): departments, people and who leads which department.
-- Group memberships live in Camunda's identity tables; these tables hold what Camunda lacks.
create table department (
  code        varchar(40)  primary key,
  name        varchar(100) not null,
  sort_order  integer      not null default 0
);

create table person (
  user_id          varchar(64)  primary key,
  family_name      varchar(50)  not null,
  given_name       varchar(50)  not null,
  department_code  varchar(40)  not null references department (code),
  position         varchar(100),
  gender           varchar(1),
  phone            varchar(40),
  email            varchar(200),
  rank_order       integer      not null default 1000,
  active           boolean      not null default true
);
create index person_department_idx on person (department_code);

create table department_leader (
  leader_user_id   varchar(64) not null references person (user_id),
  department_code  varchar(40) not null references department (code),
  primary key (leader_user_id, department_code)
);
create index department_leader_department_idx on department_leader (department_code);
