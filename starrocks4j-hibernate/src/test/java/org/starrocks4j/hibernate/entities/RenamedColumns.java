package org.starrocks4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.Naming;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/** Column names only the StarRocks annotations give: a table named as is, and a column renamed. */
@Entity
@StarRocksTable(naming = Naming.AS_IS, key = @Key(type = KeyType.DUPLICATE),
        distributedBy = @DistributedBy(hash = "pageId"))
public class RenamedColumns {

    @Id
    private Integer pageId;

    @StarRocksColumn(name = "uv")
    private Long uniqueVisitors;

    protected RenamedColumns() {
    }

    public RenamedColumns(Integer pageId, Long uniqueVisitors) {
        this.pageId = pageId;
        this.uniqueVisitors = uniqueVisitors;
    }
}
