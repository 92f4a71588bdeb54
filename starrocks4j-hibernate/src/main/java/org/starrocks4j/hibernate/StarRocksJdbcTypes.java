package org.starrocks4j.hibernate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.BigIntegerJavaType;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.internal.BasicTypeImpl;
import org.starrocks4j.jdbc.ValueDecoder;
import org.starrocks4j.jdbc.ValueEncoder;
import org.starrocks4j.types.DataType;

/**
 * The JDBC types the dialect registers: LARGEINT for {@code BigInteger} attributes, and JSON (an attribute with
 * {@code @JdbcTypeCode(SqlTypes.JSON)}) read and written as text. Both read values as starrocks4j-jdbc's
 * {@link ValueDecoder} does, so an entity sees what the rest of starrocks4j sees; JSON needs no JSON library.
 */
final class StarRocksJdbcTypes {

    private StarRocksJdbcTypes() {
    }

    static void contribute(TypeContributions contributions) {
        contributions.contributeJdbcType(JsonJdbcType.INSTANCE);
        contributions.contributeType(new BasicTypeImpl<>(BigIntegerJavaType.INSTANCE, LargeIntJdbcType.INSTANCE),
                BigInteger.class.getName(), "biginteger", "big_integer");
    }

    /** Reads the value's text and decodes it by its StarRocks type. */
    abstract static class DecodedJdbcType implements JdbcType {

        private final DataType type;

        DecodedJdbcType(DataType type) {
            this.type = type;
        }

        /** The JDBC parameter for a non-null value. */
        abstract <X> Object parameter(X value, JavaType<X> javaType, WrapperOptions options);

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                        throws SQLException {
                    st.setObject(index, parameter(value, javaType, options));
                }

                @Override
                protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                        throws SQLException {
                    st.setObject(name, parameter(value, javaType, options));
                }
            };
        }

        /** The decoded value, as the attribute's Java type. */
        <X> X toJava(String text, JavaType<X> javaType, WrapperOptions options) {
            if (text == null) {
                return null;
            }
            if (javaType.getJavaTypeClass() == String.class) {
                return javaType.wrap(text, options);
            }
            return javaType.wrap(ValueDecoder.decode(text, type), options);
        }

        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new BasicExtractor<>(javaType, this) {
                @Override
                protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                    return toJava(rs.getString(index), javaType, options);
                }

                @Override
                protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                        throws SQLException {
                    return toJava(statement.getString(index), javaType, options);
                }

                @Override
                protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                        throws SQLException {
                    return toJava(statement.getString(name), javaType, options);
                }
            };
        }
    }

    /** LARGEINT, a 128-bit integer: bound as a number, read from its text (the server sends it as text). */
    static final class LargeIntJdbcType extends DecodedJdbcType {

        static final LargeIntJdbcType INSTANCE = new LargeIntJdbcType();

        private LargeIntJdbcType() {
            super(org.starrocks4j.types.Types.LARGEINT);
        }

        @Override
        public int getJdbcTypeCode() {
            return Types.NUMERIC;
        }

        @Override
        public String getFriendlyName() {
            return "LARGEINT";
        }

        /** A number, so that the server compares it as one. */
        @Override
        <X> Object parameter(X value, JavaType<X> javaType, WrapperOptions options) {
            return new BigDecimal(javaType.unwrap(value, BigInteger.class, options));
        }
    }

    /**
     * JSON as text: a {@code String} attribute holds the document as the server prints it; a {@code Map},
     * {@code List} or other attribute holds the decoded value ({@code Map<String, Object>}, {@code List}, String,
     * Long, BigInteger, BigDecimal, Boolean) and is written as compact JSON.
     */
    static final class JsonJdbcType extends DecodedJdbcType {

        static final JsonJdbcType INSTANCE = new JsonJdbcType();

        private JsonJdbcType() {
            super(org.starrocks4j.types.Types.JSON);
        }

        @Override
        public int getJdbcTypeCode() {
            return SqlTypes.JSON;
        }

        @Override
        public String getFriendlyName() {
            return "JSON";
        }

        static String text(Object value) {
            return value instanceof String s ? s : ValueEncoder.encode(value, org.starrocks4j.types.Types.JSON);
        }

        @Override
        <X> Object parameter(X value, JavaType<X> javaType, WrapperOptions options) {
            return text(value);
        }
    }
}
