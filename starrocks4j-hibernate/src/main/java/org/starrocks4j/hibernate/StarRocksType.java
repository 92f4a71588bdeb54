package org.starrocks4j.hibernate;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import org.hibernate.models.spi.MemberDetails;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.usertype.DynamicParameterizedType;
import org.hibernate.usertype.UserType;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.jdbc.ValueDecoder;
import org.starrocks4j.jdbc.ValueEncoder;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;

/**
 * Maps an attribute through its StarRocks type, which starrocks4j reads from the field exactly as the schema
 * does ({@code List<T>} ARRAY, {@code Map<K, V>} MAP, a record STRUCT, or {@code @StarRocksColumn(type = "...")}):
 *
 * <pre>{@code
 * @Type(StarRocksType.class)
 * private List<String> tags;                 // ARRAY<STRING>
 * @Type(StarRocksType.class)
 * private Map<String, Integer> scores;       // MAP<STRING, INT>
 * @Type(StarRocksType.class)
 * private Address address;                   // STRUCT<street STRING, city STRING> (a record)
 * @Type(StarRocksType.class) @StarRocksColumn(type = "BITMAP", aggregate = AggregateType.BITMAP_UNION)
 * private byte[] visitors;                   // read as bytes; written as NULL only
 * }</pre>
 *
 * Values are read as the server's text and decoded with starrocks4j-jdbc's {@link ValueDecoder}, then shaped into
 * the field's Java type; they are written as the same text ({@link ValueEncoder}), which the server casts to the
 * column's type. BITMAP and HLL hold sketches that only their functions build: they are read as bytes and written
 * as NULL; set them in SQL ({@code to_bitmap(...)}, {@code bitmap_from_string(...)}, {@code hll_hash(...)}), e.g.
 * in a native query or with {@code @ColumnTransformer(write = "to_bitmap(?)")} on a numeric attribute.
 */
public final class StarRocksType implements UserType<Object>, DynamicParameterizedType {

    private DataType type;
    private Type javaType;
    private Class<Object> javaClass;
    private String where;

    @Override
    @SuppressWarnings("unchecked")
    public void setParameterValues(Properties parameters) {
        Object property = parameters.get(XPROPERTY);
        Member member = property instanceof MemberDetails details ? details.toJavaMember() : null;
        if (!(member instanceof Field field)) {
            throw new IllegalArgumentException("StarRocksType maps entity fields; annotate the field (not a getter) "
                    + "with @Type(StarRocksType.class)" + (member == null ? "" : ": " + member));
        }
        where = "class " + field.getDeclaringClass().getName() + ", field " + field.getName();
        type = AnnotatedModelReader.column(field).type();
        javaType = field.getGenericType();
        javaClass = (Class<Object>) field.getType();
    }

    /** The StarRocks type of the attribute. */
    public DataType starRocksType() {
        return type;
    }

    private boolean sketch() {
        return type instanceof PrimitiveType p && (p.kind() == Primitive.BITMAP || p.kind() == Primitive.HLL);
    }

    @Override
    public int getSqlType() {
        return sketch() ? Types.VARBINARY : Types.VARCHAR;
    }

    @Override
    public Class<Object> returnedClass() {
        return javaClass;
    }

    @Override
    public Object nullSafeGet(ResultSet rs, int position, WrapperOptions options) throws SQLException {
        if (sketch()) {
            return rs.getBytes(position);
        }
        return JavaValues.toJava(ValueDecoder.decode(rs.getString(position), type), javaType);
    }

    @Override
    public void nullSafeSet(PreparedStatement st, Object value, int position, WrapperOptions options)
            throws SQLException {
        if (value == null) {
            st.setNull(position, getSqlType());
            return;
        }
        st.setString(position, text(value));
    }

    /** The text written for a non-null value. */
    String text(Object value) {
        if (sketch()) {
            throw new IllegalArgumentException(where + ": a " + type.toSql() + " value cannot be written from bytes; "
                    + "write null and set it in SQL with its functions (to_bitmap, bitmap_from_string, hll_hash), "
                    + "e.g. in a native query or with @ColumnTransformer(write = \"to_bitmap(?)\") on a numeric field");
        }
        return ValueEncoder.encode(JavaValues.toEncodable(value, type), type);
    }

    /** The value read back from its text: what the database would return for it. */
    Object fromText(String text) {
        return JavaValues.toJava(ValueDecoder.decode(text, type), javaType);
    }

    @Override
    public boolean equals(Object x, Object y) {
        return Objects.deepEquals(x, y);
    }

    @Override
    public int hashCode(Object x) {
        return x != null && x.getClass().isArray() ? Arrays.deepHashCode(new Object[] {x}) : Objects.hashCode(x);
    }

    /** A copy through the value's text, so that later changes to a list or map are seen as changes. */
    @Override
    public Object deepCopy(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        return sketch() ? value : fromText(text(value));
    }

    @Override
    public boolean isMutable() {
        return true;
    }

    @Override
    public Serializable disassemble(Object value) {
        return value == null || sketch() ? (Serializable) value : text(value);
    }

    @Override
    public Object assemble(Serializable cached, Object owner) {
        return cached == null || sketch() ? cached : fromText((String) cached);
    }
}
