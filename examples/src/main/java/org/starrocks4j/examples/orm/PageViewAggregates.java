package org.starrocks4j.examples.orm;

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

/**
 * The seed's {@code PageViewAggregates} as a JPA entity: an AGGREGATE KEY table whose rows with the same page and
 * day are combined (views summed, the last user kept, distinct users unioned). The JPA annotations serve
 * Hibernate; the StarRocks annotations give the table its key model, partitioning, distribution and properties.
 */
@Entity
@IdClass(PageViewAggregates.PageDay.class)
@StarRocksTable(
        key = @Key(type = KeyType.AGGREGATE),                                   // the @Id fields, in order
        partitionBy = @PartitionBy(expressions = "date_trunc('day', visit_date)"),
        distributedBy = @DistributedBy(hash = "page_id"),
        properties = @Property(name = "replication_num", value = "1"))
public class PageViewAggregates {

    @Id
    private Integer pageId;                                                     // page_id INT

    @Id
    private LocalDate visitDate;                                                // visit_date DATE

    @StarRocksColumn(aggregate = AggregateType.SUM)
    private Integer totalViews;                                                 // total_views INT SUM

    @StarRocksColumn(aggregate = AggregateType.REPLACE)
    private String lastUser;                                                    // last_user STRING REPLACE

    // BITMAP values are built by functions (to_bitmap ...): Hibernate writes NULL and reads the bytes
    @Type(StarRocksType.class)
    @StarRocksColumn(type = "BITMAP", aggregate = AggregateType.BITMAP_UNION)
    private byte[] distinctUsers;                                               // distinct_users BITMAP BITMAP_UNION

    /** The key: JPA names a two-column id with a class. */
    public record PageDay(Integer pageId, LocalDate visitDate) implements Serializable {
    }

    protected PageViewAggregates() {
    }

    public PageViewAggregates(Integer pageId, LocalDate visitDate, Integer totalViews, String lastUser,
                              byte[] distinctUsers) {
        this.pageId = pageId;
        this.visitDate = visitDate;
        this.totalViews = totalViews;
        this.lastUser = lastUser;
        this.distinctUsers = distinctUsers;
    }

    public Integer getPageId() {
        return pageId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public Integer getTotalViews() {
        return totalViews;
    }

    public String getLastUser() {
        return lastUser;
    }
}
