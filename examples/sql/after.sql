-- The schema as it should be: what the team changed in review.
CREATE TABLE orders (
    order_id    BIGINT NOT NULL,
    order_date  DATE NOT NULL,
    customer_id BIGINT NOT NULL,
    status      VARCHAR(32),
    channel     VARCHAR(16) DEFAULT 'web' COMMENT 'where the order was placed',
    amount      DECIMAL(10, 2) COMMENT 'in EUR',
    INDEX idx_status (status) USING BITMAP
)
DUPLICATE KEY(order_id, order_date)
PARTITION BY date_trunc('day', order_date)
DISTRIBUTED BY HASH(order_id) BUCKETS 16
PROPERTIES ("replication_num" = "1", "bloom_filter_columns" = "customer_id");

CREATE TABLE customers (
    customer_id BIGINT NOT NULL,
    name        VARCHAR(100),
    city        VARCHAR(64)
)
DUPLICATE KEY(customer_id)
DISTRIBUTED BY HASH(customer_id) BUCKETS 4;

CREATE VIEW big_orders AS
SELECT order_id, customer_id, amount FROM orders WHERE amount > 5000;

CREATE MATERIALIZED VIEW daily_revenue
DISTRIBUTED BY HASH(order_date)
REFRESH ASYNC EVERY (INTERVAL 30 MINUTE)
AS SELECT order_date, sum(amount) AS revenue FROM orders GROUP BY order_date;
