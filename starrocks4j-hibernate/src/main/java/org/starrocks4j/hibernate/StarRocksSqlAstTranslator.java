package org.starrocks4j.hibernate;

import org.hibernate.dialect.sql.ast.MySQLSqlAstTranslator;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.select.QueryPart;
import org.hibernate.sql.exec.spi.JdbcOperation;

/**
 * MySQL's SQL rendering with one difference: paging is written {@code LIMIT n OFFSET m}, the form StarRocks
 * documents, instead of MySQL's {@code LIMIT m, n}.
 */
final class StarRocksSqlAstTranslator<T extends JdbcOperation> extends MySQLSqlAstTranslator<T> {

    StarRocksSqlAstTranslator(SessionFactoryImplementor sessionFactory, Statement statement, StarRocksDialect dialect) {
        super(sessionFactory, statement, dialect);
    }

    @Override
    public void visitOffsetFetchClause(QueryPart queryPart) {
        if (!isRowNumberingCurrentQueryPart()) {
            renderLimitOffsetClause(queryPart);
        }
    }
}
