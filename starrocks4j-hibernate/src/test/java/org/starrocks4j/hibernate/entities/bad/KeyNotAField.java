package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/** A key column that is no field. */
@Entity
@StarRocksTable(key = @Key(type = KeyType.PRIMARY, columns = "order_id"), distributedBy = @DistributedBy(hash = "id"))
public class KeyNotAField {
    @Id
    private Long id;
    private String name;
}
