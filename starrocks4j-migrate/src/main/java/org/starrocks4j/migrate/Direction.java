package org.starrocks4j.migrate;

/** Which section of a revision a step runs. */
public enum Direction {
    UPGRADE, DOWNGRADE
}
