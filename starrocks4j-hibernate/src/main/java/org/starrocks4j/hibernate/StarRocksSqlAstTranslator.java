package org.starrocks4j.hibernate;

import java.util.List;
import org.hibernate.LockOptions;
import org.hibernate.dialect.sql.ast.MySQLSqlAstTranslator;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.select.QueryPart;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.exec.spi.JdbcSelect;

/**
 * MySQL's SQL rendering with two differences: paging is written {@code LIMIT n OFFSET m}, the form StarRocks
 * documents, instead of MySQL's {@code LIMIT m, n}; and a select with a pessimistic lock is refused instead of
 * rendered with {@code for update}, which StarRocks does not have ({@link NoRowLocks}).
 */
final class StarRocksSqlAstTranslator<T extends JdbcOperation> extends MySQLSqlAstTranslator<T> {

    StarRocksSqlAstTranslator(SessionFactoryImplementor sessionFactory, Statement statement, StarRocksDialect dialect) {
        super(sessionFactory, statement, dialect);
    }

    @Override
    protected JdbcSelect translateSelect(SelectStatement selectStatement) {
        LockOptions lock = getLockOptions();
        if (lock != null && lock.getLockMode().isPessimistic()) {
            throw NoRowLocks.refusal(lock.getLockMode(), target(selectStatement));
        }
        return super.translateSelect(selectStatement);
    }

    /** The entity the select reads, for the message; a query over no entity is just "a query". */
    private static String target(SelectStatement select) {
        List<TableGroup> roots = select.getQueryPart().getFirstQuerySpec().getFromClause().getRoots();
        return !roots.isEmpty() && roots.get(0).getModelPart() instanceof EntityMappingType entity
                ? "entity " + entity.getEntityName() : "a query";
    }

    @Override
    public void visitOffsetFetchClause(QueryPart queryPart) {
        if (!isRowNumberingCurrentQueryPart()) {
            renderLimitOffsetClause(queryPart);
        }
    }
}
