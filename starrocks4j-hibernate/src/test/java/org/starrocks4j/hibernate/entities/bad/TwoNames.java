package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.starrocks4j.annotations.StarRocksColumn;

/** A column named one way for Hibernate and another for StarRocks. */
@Entity
public class TwoNames {
    @Id
    private Long id;
    @Column(name = "views")
    @StarRocksColumn(name = "uv")
    private Long uniqueVisitors;
}
