package org.starrocks4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Type;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.PartitionBy;
import org.starrocks4j.annotations.Property;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.hibernate.StarRocksType;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.KeyType;

/** The seed's ORM entity, as a JPA entity with its StarRocks table attributes. */
@Entity
@IdClass(PageViewAggregates.PageDay.class)
@StarRocksTable(
        key = @Key(type = KeyType.AGGREGATE),
        partitionBy = @PartitionBy(expressions = "date_trunc('day', visit_date)"),
        distributedBy = @DistributedBy(hash = "page_id"),
        properties = @Property(name = "replication_num", value = "1"))
public class PageViewAggregates {

    @Id
    private Integer pageId;

    @Id
    private LocalDate visitDate;

    @StarRocksColumn(aggregate = AggregateType.SUM)
    private Integer totalViews;

    @StarRocksColumn(aggregate = AggregateType.REPLACE)
    private String lastUser;

    @Type(StarRocksType.class)
    @StarRocksColumn(type = "BITMAP", aggregate = AggregateType.BITMAP_UNION)
    private byte[] distinctUsers;

    /** The key, as JPA wants it for a two-column id. */
    public record PageDay(Integer pageId, LocalDate visitDate) implements Serializable {
    }

    protected PageViewAggregates() {
    }

    public PageViewAggregates(Integer pageId, LocalDate visitDate, Integer totalViews, String lastUser) {
        this.pageId = pageId;
        this.visitDate = visitDate;
        this.totalViews = totalViews;
        this.lastUser = lastUser;
    }
}
