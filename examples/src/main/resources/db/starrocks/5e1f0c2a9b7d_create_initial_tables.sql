-- starrocks4j revision
-- id: 5e1f0c2a9b7d
-- parents: (none)
-- message: Create initial tables
-- created: 2026-12-07T14:55:48Z

-- @upgrade
-- create table `my_table`
CREATE TABLE `my_table` (
  `id` INT NOT NULL,
  `name` VARCHAR(50)
)
PRIMARY KEY(`id`)
COMMENT 'table comment'
PARTITION BY RANGE(`id`) (
  PARTITION `p1` VALUES LESS THAN ("100")
)
DISTRIBUTED BY HASH(`id`) BUCKETS 10
PROPERTIES (
  "replication_num" = "1",
  "bloom_filter_columns" = "name"
);

-- create table `page_view_aggregates`
CREATE TABLE `page_view_aggregates` (
  `page_id` INT,
  `visit_date` DATE,
  `total_views` INT SUM,
  `last_user` STRING REPLACE,
  `distinct_users` BITMAP BITMAP_UNION
)
AGGREGATE KEY(`page_id`, `visit_date`)
PARTITION BY date_trunc('day', visit_date)
DISTRIBUTED BY HASH(`page_id`)
PROPERTIES (
  "replication_num" = "1"
);

-- @downgrade
-- undo: create table `page_view_aggregates`
DROP TABLE `page_view_aggregates`;

-- undo: create table `my_table`
DROP TABLE `my_table`;
