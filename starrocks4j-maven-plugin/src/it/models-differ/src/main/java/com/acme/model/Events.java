package com.acme.model;

import java.time.LocalDate;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.Property;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

@StarRocksTable(
        key = @Key(type = KeyType.DUPLICATE, columns = {"day", "kind"}),
        distributedBy = @DistributedBy(hash = "kind", buckets = 4),
        properties = @Property(name = "replication_num", value = "1"))
public class Events {
    private LocalDate day;
    @StarRocksColumn(length = 32)
    private String kind;
    private Long hits;
}
