package org.starrocks4j.examples.annotated;

import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.Partition;
import org.starrocks4j.annotations.PartitionBy;
import org.starrocks4j.annotations.Property;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/** A PRIMARY KEY table with a RANGE partition, hash distribution and storage properties. */
@StarRocksTable(
        key = @Key(type = KeyType.PRIMARY, columns = "id"),
        engine = "OLAP",
        comment = "table comment",
        distributedBy = @DistributedBy(hash = "id", buckets = 10),
        partitionBy = @PartitionBy(type = PartitionBy.Type.RANGE, columns = "id",
                partitions = @Partition(name = "p1", lessThan = "100")),
        properties = {
                @Property(name = "storage_medium", value = "SSD"),
                @Property(name = "storage_cooldown_time", value = "2025-06-04 00:00:00"),
                @Property(name = "replication_num", value = "1")
        })
public class MyTable {

    private Integer id;

    @StarRocksColumn(length = 50)
    private String name;
}
