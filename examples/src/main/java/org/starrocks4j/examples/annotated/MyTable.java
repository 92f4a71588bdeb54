package org.starrocks4j.examples.annotated;

import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.Partition;
import org.starrocks4j.annotations.PartitionBy;
import org.starrocks4j.annotations.Property;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/**
 * A PRIMARY KEY table with a RANGE partition, hash distribution and storage properties. The seed's
 * {@code storage_cooldown_time} is left out: StarRocks 3.1 and later refuse a cooldown on PRIMARY KEY tables ("Primary
 * key table does not support storage medium cool down currently"), and its 2025-06-04 date is past ("Cooldown time
 * should be later than now").
 */
@StarRocksTable(
        key = @Key(type = KeyType.PRIMARY, columns = "id"),
        engine = "OLAP",
        comment = "table comment",
        distributedBy = @DistributedBy(hash = "id", buckets = 10),
        partitionBy = @PartitionBy(type = PartitionBy.Type.RANGE, columns = "id",
                partitions = @Partition(name = "p1", lessThan = "100")),
        properties = {
                @Property(name = "storage_medium", value = "SSD"),
                @Property(name = "replication_num", value = "1")
        })
public class MyTable {

    private Integer id;

    @StarRocksColumn(length = 50)
    private String name;
}
