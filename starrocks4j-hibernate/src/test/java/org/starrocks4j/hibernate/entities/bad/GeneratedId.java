package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An id the database would generate: StarRocks has no sequences and returns no AUTO_INCREMENT values. */
@Entity
public class GeneratedId {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
}
