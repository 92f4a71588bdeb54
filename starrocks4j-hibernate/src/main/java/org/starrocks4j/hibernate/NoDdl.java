package org.starrocks4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Exportable;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.unique.UniqueDelegate;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * The constraints StarRocks does not have: foreign keys and unique constraints produce no DDL (a StarRocks key
 * is declared by the table's key model, which starrocks4j renders from the entity's annotations).
 */
final class NoDdl {

    static final UniqueDelegate UNIQUE = new UniqueDelegate() {
        @Override
        public String getColumnDefinitionUniquenessFragment(Column column, SqlStringGenerationContext context) {
            return "";
        }

        @Override
        public String getTableCreationUniqueConstraintsFragment(Table table, SqlStringGenerationContext context) {
            return "";
        }

        @Override
        public String getAlterTableToAddUniqueKeyCommand(UniqueKey uniqueKey, Metadata metadata,
                                                         SqlStringGenerationContext context) {
            return "";
        }

        @Override
        public String getAlterTableToDropUniqueKeyCommand(UniqueKey uniqueKey, Metadata metadata,
                                                          SqlStringGenerationContext context) {
            return "";
        }
    };

    private NoDdl() {
    }

    static Exporter<ForeignKey> foreignKeys() {
        return new None<>();
    }

    static Exporter<UniqueKey> uniqueKeys() {
        return new None<>();
    }

    /** An exporter that exports nothing. */
    private static final class None<T extends Exportable> implements Exporter<T> {
        @Override
        public String[] getSqlCreateStrings(T exportable, Metadata metadata, SqlStringGenerationContext context) {
            return NO_COMMANDS;
        }

        @Override
        public String[] getSqlDropStrings(T exportable, Metadata metadata, SqlStringGenerationContext context) {
            return NO_COMMANDS;
        }
    }
}
