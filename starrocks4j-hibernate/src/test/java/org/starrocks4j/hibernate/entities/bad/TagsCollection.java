package org.starrocks4j.hibernate.entities.bad;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** A collection Hibernate would keep in a table of its own. */
@Entity
public class TagsCollection {
    @Id
    private Long id;
    @ElementCollection
    private List<String> tags;
}
