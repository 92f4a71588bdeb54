-- A table that only ever got INSERTs...
CREATE TABLE customers (
    customer_id BIGINT NOT NULL,
    name        VARCHAR(100),
    city        VARCHAR(64)
)
DUPLICATE KEY(customer_id)
DISTRIBUTED BY HASH(customer_id) BUCKETS 4
PROPERTIES ("replication_num" = "1");
