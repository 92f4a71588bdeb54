package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/** An AGGREGATE KEY value column without an aggregate type. */
@Entity
@StarRocksTable(key = @Key(type = KeyType.AGGREGATE), distributedBy = @DistributedBy(hash = "page_id"))
public class AggregateWithoutType {
    @Id
    private Integer pageId;
    private Integer totalViews;
}
