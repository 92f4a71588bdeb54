package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.hibernate.models.spi.MemberDetails;
import org.hibernate.usertype.DynamicParameterizedType;
import org.junit.jupiter.api.Test;
import org.starrocks4j.annotations.StarRocksColumn;
import org.starrocks4j.jdbc.ValueDecoder;
import org.starrocks4j.jdbc.ValueEncoder;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.types.Types;

/**
 * Values written through the type mappings come back unchanged through starrocks4j-jdbc's {@link ValueDecoder}:
 * the text a parameter carries is the text the server prints for the value.
 */
class TypeMappingTest {

    record Address(String street, Integer number, List<String> tags) {
    }

    @SuppressWarnings("unused")
    static class Row {
        List<Integer> numbers;
        Map<String, LocalDate> dates;
        Address address;
        List<Address> history;
        String[] names;
        @StarRocksColumn(type = "JSON")
        Map<String, Object> attributes;
        @StarRocksColumn(type = "BITMAP", aggregate = AggregateType.BITMAP_UNION)
        byte[] visitors;
    }

    private static StarRocksType typeOf(String field) throws NoSuchFieldException {
        Field f = Row.class.getDeclaredField(field);
        StarRocksType type = new StarRocksType();
        Properties parameters = new Properties();
        parameters.put(DynamicParameterizedType.XPROPERTY, memberDetails(f));
        type.setParameterValues(parameters);
        return type;
    }

    /** Hibernate's description of the field, as far as the type reads it. */
    private static MemberDetails memberDetails(Field field) {
        return (MemberDetails) Proxy.newProxyInstance(TypeMappingTest.class.getClassLoader(),
                new Class<?>[] {MemberDetails.class}, (proxy, method, args) -> {
                    if (method.getName().equals("toJavaMember")) {
                        return field;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object roundTrip(StarRocksType type, Object value) {
        return type.fromText(type.text(value));
    }

    @Test
    void arraysMapsAndStructsRoundTripThroughTheDecoder() throws Exception {
        assertThat(typeOf("numbers").starRocksType().toSql()).isEqualTo("ARRAY<INT>");
        assertThat(roundTrip(typeOf("numbers"), List.of(1, 2, 3))).isEqualTo(List.of(1, 2, 3));

        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("start", LocalDate.of(2023, 10, 26));
        dates.put("end \"quoted\", with: commas", null);
        assertThat(typeOf("dates").starRocksType().toSql()).isEqualTo("MAP<STRING, DATE>");
        assertThat(roundTrip(typeOf("dates"), dates)).isEqualTo(dates);

        Address address = new Address("Main St, 1\\2", 7, List.of("home", "[x]"));
        assertThat(typeOf("address").starRocksType().toSql())
                .isEqualTo("STRUCT<`street` STRING, `number` INT, `tags` ARRAY<STRING>>");
        assertThat(typeOf("address").text(address))
                .isEqualTo("{\"street\":\"Main St, 1\\\\2\",\"number\":7,\"tags\":[\"home\",\"[x]\"]}");
        assertThat(roundTrip(typeOf("address"), address)).isEqualTo(address);
        assertThat(roundTrip(typeOf("history"), List.of(address, new Address(null, null, List.of()))))
                .isEqualTo(List.of(address, new Address(null, null, List.of())));

        assertThat((String[]) roundTrip(typeOf("names"), new String[] {"a", null, "c"}))
                .containsExactly("a", null, "c");
    }

    @Test
    void jsonRoundTripsAsTheDecoderReadsIt() throws Exception {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", "x\ny");
        attributes.put("n", 12L);
        attributes.put("big", new BigInteger("123456789012345678901234567890"));
        attributes.put("price", new BigDecimal("1.50"));
        attributes.put("flags", List.of(true, false));
        attributes.put("none", null);
        assertThat(roundTrip(typeOf("attributes"), attributes)).isEqualTo(attributes);
        assertThat(StarRocksJdbcTypes.JsonJdbcType.text(attributes)).startsWith("{\"name\":\"x\\ny\",\"n\":12,");
    }

    @Test
    void largeIntAndScalarsRoundTrip() {
        BigInteger big = new BigInteger("-170141183460469231731687303715884105728");
        assertThat(ValueDecoder.decode(ValueEncoder.encode(big, Types.LARGEINT), Types.LARGEINT)).isEqualTo(big);
        LocalDateTime at = LocalDateTime.of(2023, 10, 27, 8, 30, 0, 500_000_000);
        assertThat(ValueDecoder.decode(ValueEncoder.encode(at, Types.DATETIME), Types.DATETIME)).isEqualTo(at);
        assertThat(ValueEncoder.encode(at, Types.DATETIME)).isEqualTo("2023-10-27 08:30:00.5");
        assertThat(ValueDecoder.decode(ValueEncoder.encode(List.of(Double.NaN, 1.5), Types.array(Types.DOUBLE)),
                Types.array(Types.DOUBLE))).isEqualTo(List.of(Double.NaN, 1.5));
    }

    @Test
    void bitmapIsWrittenAsNullOnly() throws Exception {
        StarRocksType visitors = typeOf("visitors");
        assertThat(visitors.getSqlType()).isEqualTo(java.sql.Types.VARBINARY);
        assertThatThrownBy(() -> visitors.text(new byte[] {1}))
                .hasMessageContaining("field visitors: a BITMAP value cannot be written from bytes")
                .hasMessageContaining("to_bitmap");
    }
}
