CREATE TABLE orders (
    id BIGINT NOT NULL,
    amount DECIMAL(10, 2)
)
PRIMARY KEY (id)
DISTRIBUTED BY HASH(id) BUCKETS 4
PROPERTIES ("replication_num" = "1");
