package org.starrocks4j.hibernate;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.starrocks4j.annotations.AnnotatedModelReader;

/**
 * Gives the columns Hibernate named implicitly the names of starrocks4j's model, so that Hibernate reads and writes
 * the columns starrocks4j creates: {@code @StarRocksColumn(name = "uv")} and
 * {@code @StarRocksTable(naming = Naming.AS_IS)} are StarRocks annotations, which Hibernate's naming strategies
 * never see (an {@code ImplicitNamingStrategy} is told the attribute's name, not its class or field).
 *
 * <p>It runs once Hibernate has bound the entities (registered through
 * {@code META-INF/services/org.hibernate.boot.spi.AdditionalMappingContributor}), only with
 * {@link StarRocksDialect}. A column named explicitly ({@code @Column(name = ...)}) keeps its name; when it
 * disagrees with the model, {@link EntityModel} fails the start saying so.
 */
public final class ModelColumnNames implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "starrocks4j";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
                           ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        if (!(metadata.getDatabase().getDialect() instanceof StarRocksDialect)) {
            return;
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            // no class, or inheritance: not a StarRocks model, which EntityModel reports
            if (entity.getMappedClass() != null && entity instanceof RootClass) {
                rename(entity);
            }
        }
    }

    private static void rename(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        for (Property property : attributes(entity)) {
            if (!(property.getValue() instanceof BasicValue value) || value.getSelectables().size() != 1
                    || !(value.getSelectables().get(0) instanceof Column column) || column.isExplicit()) {
                continue;
            }
            Field field = field(type, property.getName());
            if (field == null) {
                continue;
            }
            String name = AnnotatedModelReader.columnName(type, field);
            if (!name.equals(column.getName())) {
                column.setName(name);
                entity.getTable().columnRenamed(column);
            }
        }
    }

    /**
     * The entity's attributes, its id attributes included: a single {@code @Id}, or the {@code @Id} fields of an
     * {@code @IdClass} entity (Hibernate binds them twice, as the id and as the id mapper). The attributes of an
     * {@code @EmbeddedId} are fields of another class, and are left alone.
     */
    private static List<Property> attributes(PersistentClass entity) {
        List<Property> out = new ArrayList<>();
        if (entity.getIdentifierProperty() != null) {
            out.add(entity.getIdentifierProperty());
        }
        Component idClass = entity.getIdentifierMapper();
        if (idClass != null) {
            out.addAll(idClass.getProperties());
            if (entity.getIdentifier() instanceof Component id) {
                out.addAll(id.getProperties());
            }
        }
        out.addAll(entity.getProperties());
        return out;
    }

    /** The field behind an attribute, in the class or a superclass ({@code @MappedSuperclass}). */
    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up, or not a field (a getter-only attribute): keep looking
            }
        }
        return null;
    }
}
