package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An id generated the default way (AUTO: a sequence, emulated with a table). */
@Entity
public class GeneratedSequenceId {
    @Id
    @GeneratedValue
    private Long id;
    private String name;
}
