package org.starrocks4j.examples.annotated;

import java.time.LocalDate;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.PartitionBy;
import org.starrocks4j.annotations.Property;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.KeyType;

/**
 * An AGGREGATE KEY table: rows with the same page and day are combined, summing the views, keeping the last user
 * and the union of the distinct users. Table and column names follow from the Java names in snake_case.
 */
@StarRocksTable(
        key = @Key(type = KeyType.AGGREGATE, columns = {"page_id", "visit_date"}),
        partitionBy = @PartitionBy(expressions = "date_trunc('day', visit_date)"),
        distributedBy = @DistributedBy(hash = "page_id"),
        properties = @Property(name = "replication_num", value = "1"))
public class PageViewAggregates {

    private Integer pageId;

    private LocalDate visitDate;

    @StarRocksColumn(aggregate = AggregateType.SUM)
    private Integer totalViews;

    @StarRocksColumn(aggregate = AggregateType.REPLACE)
    private String lastUser;

    @StarRocksColumn(type = "BITMAP", aggregate = AggregateType.BITMAP_UNION)
    private byte[] distinctUsers;
}
