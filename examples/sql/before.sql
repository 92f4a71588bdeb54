-- The schema as it is today (for example, what `starrocks4j inspect --from db` printed).
CREATE TABLE orders (
    order_id    BIGINT NOT NULL,
    order_date  DATE NOT NULL,
    customer_id BIGINT NOT NULL,
    status      VARCHAR(16),
    amount      DECIMAL(10, 2),
    note        STRING
)
DUPLICATE KEY(order_id, order_date)
PARTITION BY date_trunc('day', order_date)
DISTRIBUTED BY HASH(order_id) BUCKETS 8
PROPERTIES ("replication_num" = "1");

CREATE TABLE customers (
    customer_id BIGINT NOT NULL,
    name        VARCHAR(100),
    city        VARCHAR(64)
)
DUPLICATE KEY(customer_id)
DISTRIBUTED BY HASH(customer_id) BUCKETS 4
PROPERTIES ("replication_num" = "1");

CREATE VIEW big_orders AS
SELECT order_id, customer_id, amount FROM orders WHERE amount > 1000;

CREATE MATERIALIZED VIEW daily_revenue
DISTRIBUTED BY HASH(order_date)
REFRESH ASYNC EVERY (INTERVAL 1 HOUR)
AS SELECT order_date, sum(amount) AS revenue FROM orders GROUP BY order_date;
