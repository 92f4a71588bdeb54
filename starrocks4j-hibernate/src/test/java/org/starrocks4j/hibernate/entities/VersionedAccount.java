package org.starrocks4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.starrocks4j.annotations.DistributedBy;
import org.starrocks4j.annotations.Key;
import org.starrocks4j.annotations.StarRocksTable;
import org.starrocks4j.schema.KeyType;

/** A primary-key table (the key model that takes UPDATE) with a version column for optimistic locking. */
@Entity
@StarRocksTable(key = @Key(type = KeyType.PRIMARY), distributedBy = @DistributedBy(hash = "id"))
public class VersionedAccount {

    @Id
    private Long id;

    private String owner;

    @Version
    private Long version;

    protected VersionedAccount() {
    }

    public VersionedAccount(Long id, String owner) {
        this.id = id;
        this.owner = owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
