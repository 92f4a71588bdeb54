package org.starrocks4j.migrate.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A plain JPA entity: only JPA annotations give its table, key and column names. */
@Entity
public class JpaEvents {
    @Id
    private Long id;
    @Column(name = "event_kind")
    private String kind;
}
