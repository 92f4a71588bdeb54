package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A type the model cannot express. */
@Entity
public class InstantColumn {
    @Id
    private Long id;
    private Instant happenedAt;
}
