package org.starrocks4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.Naming;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/** Column names only the StarRocks annotations give: a table named as is, a key column and a column renamed. */
@Entity
@IdClass(RenamedColumns.PageDay.class)
@StarRocksTable(naming = Naming.AS_IS, key = @Key(type = KeyType.DUPLICATE),
        distributedBy = @DistributedBy(hash = "pageId"))
public class RenamedColumns {

    @Id
    private Integer pageId;

    @Id
    @StarRocksColumn(name = "dt")
    private LocalDate day;

    @StarRocksColumn(name = "uv")
    private Long uniqueVisitors;

    /** The key. */
    public record PageDay(Integer pageId, LocalDate day) implements Serializable {
    }

    protected RenamedColumns() {
    }

    public RenamedColumns(Integer pageId, LocalDate day, Long uniqueVisitors) {
        this.pageId = pageId;
        this.day = day;
        this.uniqueVisitors = uniqueVisitors;
    }
}
