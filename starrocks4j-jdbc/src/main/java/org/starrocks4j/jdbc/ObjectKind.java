package org.starrocks4j.jdbc;

/** What a listed object of a database is. */
public enum ObjectKind {
    TABLE("table", "SHOW CREATE TABLE"),
    VIEW("view", "SHOW CREATE VIEW"),
    MATERIALIZED_VIEW("materialized view", "SHOW CREATE MATERIALIZED VIEW");

    private final String word;
    private final String showCreate;

    ObjectKind(String word, String showCreate) {
        this.word = word;
        this.showCreate = showCreate;
    }

    /** The word for messages. */
    public String word() {
        return word;
    }

    /** The statement that prints the object's DDL, without the name. */
    String showCreate() {
        return showCreate;
    }
}
