-- starrocks4j revision
-- id: aaa111aaa111
-- parents: (none)
-- message: Create events
-- created: 2026-11-25T06:00:00Z

-- @upgrade
CREATE TABLE `events` (
  `id` BIGINT NOT NULL,
  `kind` VARCHAR(32)
)
PRIMARY KEY(`id`)
DISTRIBUTED BY HASH(`id`) BUCKETS 4
PROPERTIES (
  "replication_num" = "1"
);

ALTER TABLE `events` ADD COLUMN `hits` BIGINT;

-- @downgrade
ALTER TABLE `events` DROP COLUMN `hits`;

DROP TABLE `events`;
