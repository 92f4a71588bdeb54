-- ...now needs upserts: a PRIMARY KEY table, which StarRocks cannot ALTER an existing table into.
CREATE TABLE customers (
    customer_id BIGINT NOT NULL,
    name        VARCHAR(100),
    city        VARCHAR(64),
    updated_at  DATETIME
)
PRIMARY KEY(customer_id)
DISTRIBUTED BY HASH(customer_id) BUCKETS 4
PROPERTIES ("replication_num" = "1");
