-- starrocks4j revision
-- id: aaa111aaa111
-- parents: (none)
-- message: init
-- created: 2026-11-25T06:00:00Z

-- @upgrade
CREATE TABLE `events` (
  `day` DATE,
  `kind` VARCHAR(32)
)
DUPLICATE KEY(`day`, `kind`)
DISTRIBUTED BY HASH(`kind`) BUCKETS 4
PROPERTIES (
  "replication_num" = "1"
);

-- @downgrade
DROP TABLE `events`;
