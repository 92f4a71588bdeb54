package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarRocksUrlTest {

    private static final Map<String, String> NO_ENV = Map.of();

    private static StarRocksUrl parse(String url) {
        return StarRocksUrl.parse(url, new Properties(), NO_ENV);
    }

    @Test
    void fullUrl() {
        StarRocksUrl u = parse("jdbc:starrocks://root:secret@fe1:9031,fe2/hive.sales?connectTimeout=500&x=a%26b");
        assertThat(u.hosts()).containsExactly(new HostAndPort("fe1", 9031), new HostAndPort("fe2", 9030));
        assertThat(u.catalog()).isEqualTo("hive");
        assertThat(u.database()).isEqualTo("sales");
        assertThat(u.user()).isEqualTo("root");
        assertThat(u.hasPassword()).isTrue();
        assertThat(u.externalCatalog()).isTrue();
        assertThat(u.parameters()).containsExactly(Map.entry("connectTimeout", "500"), Map.entry("x", "a&b"));
        assertThat(u.mysqlUrl()).isEqualTo("jdbc:mysql://fe1:9031,fe2:9030/");
        Properties p = u.driverProperties();
        assertThat(p.getProperty("user")).isEqualTo("root");
        assertThat(p.getProperty("password")).isEqualTo("secret");
        assertThat(p.getProperty("useServerPrepStmts")).isEqualTo("false");
        assertThat(p.getProperty("rewriteBatchedStatements")).isEqualTo("true");
        assertThat(p.getProperty("connectTimeout")).isEqualTo("500");
    }

    @Test
    void minimalUrlDefaultsPortAndHasNoCatalog() {
        StarRocksUrl u = parse("jdbc:starrocks://localhost/db1");
        assertThat(u.hosts()).containsExactly(new HostAndPort("localhost", 9030));
        assertThat(u.catalog()).isNull();
        assertThat(u.database()).isEqualTo("db1");
        assertThat(u.user()).isNull();
        assertThat(u.hasPassword()).isFalse();
        assertThat(u.externalCatalog()).isFalse();
        assertThat(parse("jdbc:starrocks://localhost").database()).isNull();
        assertThat(parse("jdbc:starrocks://localhost:9030/").database()).isNull();
        assertThat(parse("JDBC:STARROCKS://h/db").database()).isEqualTo("db");
    }

    @Test
    void pythonSpellingIsReadToo() {
        StarRocksUrl u = parse("starrocks://root@127.0.0.1:9030/test_sqla");
        assertThat(u.user()).isEqualTo("root");
        assertThat(u.database()).isEqualTo("test_sqla");
    }

    @Test
    void defaultCatalogIsNotExternal() {
        StarRocksUrl u = parse("jdbc:starrocks://h/default_catalog.db");
        assertThat(u.catalog()).isEqualTo("default_catalog");
        assertThat(u.externalCatalog()).isFalse();
    }

    @Test
    void ipv6Hosts() {
        StarRocksUrl u = parse("jdbc:starrocks://[::1]:9040,[fe80::1]/db");
        assertThat(u.hosts()).containsExactly(new HostAndPort("::1", 9040), new HostAndPort("fe80::1", 9030));
        assertThat(u.mysqlUrl()).isEqualTo("jdbc:mysql://[::1]:9040,[fe80::1]:9030/");
    }

    @Test
    void percentEncodedSpecialCharacters() {
        StarRocksUrl u = parse("jdbc:starrocks://us%40er:p%40ss%3Aw%2Frd%25@h/cat%2Ex.db-~!%23$%25^&%3C%3E=+?a=b");
        assertThat(u.user()).isEqualTo("us@er");
        assertThat(u.driverProperties().getProperty("password")).isEqualTo("p@ss:w/rd%");
        assertThat(u.catalog()).isEqualTo("cat.x");
        // '+' stays a plus: database names may contain it.
        assertThat(u.database()).isEqualTo("db-~!#$%^&<>=+");
        assertThat(parse("jdbc:starrocks://h/%E6%95%B0%E6%8D%AE").database()).isEqualTo("数据");
    }

    @Test
    void anUnencodedAtInThePasswordIsReadUpToTheLastAt() {
        StarRocksUrl u = parse("jdbc:starrocks://root:p@ss@h/db");
        assertThat(u.user()).isEqualTo("root");
        assertThat(u.driverProperties().getProperty("password")).isEqualTo("p@ss");
        assertThat(u.hosts()).containsExactly(new HostAndPort("h", 9030));
    }

    @Test
    void credentialsFromParametersPropertiesAndEnvironment() {
        StarRocksUrl fromParams = parse("jdbc:starrocks://h/db?user=u1&password=p1");
        assertThat(fromParams.user()).isEqualTo("u1");
        assertThat(fromParams.driverProperties().getProperty("password")).isEqualTo("p1");
        assertThat(fromParams.parameters()).isEmpty();

        Map<String, String> env = Map.of("STARROCKS_USER", "envuser", "STARROCKS_PASSWORD", "envpass");
        StarRocksUrl fromEnv = StarRocksUrl.parse("jdbc:starrocks://h/db", new Properties(), env);
        assertThat(fromEnv.user()).isEqualTo("envuser");
        assertThat(fromEnv.driverProperties().getProperty("password")).isEqualTo("envpass");

        StarRocksUrl urlWins = StarRocksUrl.parse("jdbc:starrocks://urluser:urlpass@h/db", new Properties(), env);
        assertThat(urlWins.user()).isEqualTo("urluser");
        assertThat(urlWins.driverProperties().getProperty("password")).isEqualTo("urlpass");

        Properties info = new Properties();
        info.setProperty("user", "propuser");
        info.setProperty("password", "proppass");
        info.setProperty("useServerPrepStmts", "true");
        StarRocksUrl propsWin = StarRocksUrl.parse("jdbc:starrocks://urluser:urlpass@h/db", info, env);
        assertThat(propsWin.user()).isEqualTo("propuser");
        assertThat(propsWin.driverProperties().getProperty("password")).isEqualTo("proppass");
        assertThat(propsWin.driverProperties().getProperty("useServerPrepStmts")).isEqualTo("true");
    }

    @Test
    void anEmptyPasswordIsAPassword() {
        StarRocksUrl u = StarRocksUrl.parse("jdbc:starrocks://root:@h/db", new Properties(),
                Map.of("STARROCKS_PASSWORD", "env"));
        assertThat(u.driverProperties().getProperty("password")).isEmpty();
    }

    @Test
    void urlParametersOverrideTheDefaults() {
        StarRocksUrl u = parse("jdbc:starrocks://h/db?rewriteBatchedStatements=false");
        assertThat(u.driverProperties().getProperty("rewriteBatchedStatements")).isEqualTo("false");
        assertThat(u.driverProperties().getProperty("useServerPrepStmts")).isEqualTo("false");
    }

    @Test
    void passwordNeverInToString() {
        StarRocksUrl u = parse("jdbc:starrocks://root:s3cr3t@h/db?trustStorePassword=t0p&ssl=true");
        assertThat(u.toString()).doesNotContain("s3cr3t").doesNotContain("t0p")
                .isEqualTo("jdbc:starrocks://root:****@h:9030/db?trustStorePassword=****&ssl=true");
        assertThat(StarRocksUrl.redact("jdbc:starrocks://root:s3cr3t@h/db?password=x2&a=1"))
                .isEqualTo("jdbc:starrocks://root:****@h/db?password=****&a=1");
        assertThat(StarRocksUrl.redact("jdbc:starrocks://h/db")).isEqualTo("jdbc:starrocks://h/db");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://h/db | does not start with jdbc:starrocks://",
        "jdbc:starrocks:/h/db | does not start with jdbc:starrocks://",
        "jdbc:starrocks:///db | names no host",
        "jdbc:starrocks://root:s3cr3t@/db | names no host",
        "jdbc:starrocks://h:port/db | port 'port' of host h is not a number",
        "jdbc:starrocks://h:70000/db | port 70000 of host h is not in 1..65535",
        "jdbc:starrocks://h:0/db | is not in 1..65535",
        "jdbc:starrocks://h,,h2/db | empty entry",
        "jdbc:starrocks://::1/db | put IPv6 addresses in brackets",
        "jdbc:starrocks://[::1/db | no closing ']'",
        "jdbc:starrocks://:9030/db | no host name",
        "jdbc:starrocks://h/a.b.c | more than one '.'",
        "jdbc:starrocks://h/cat. | needs both a catalog and a database",
        "jdbc:starrocks://h/.db | needs both a catalog and a database",
        "jdbc:starrocks://h/db/extra | more than one part",
        "jdbc:starrocks://h/d%zzb | malformed percent-escape",
        "jdbc:starrocks://h/db%4 | malformed percent-escape",
        "jdbc:starrocks://h/db?flag | parameter 'flag' is not name=value",
        "jdbc:starrocks://h/db?a=1&a=2 | parameter 'a' is given twice",
        "jdbc:starrocks://u:s3cr3t@h/db?user=v | gives the user twice",
        "jdbc:starrocks://u:s3cr3t@h/db?password=s3cr3t | gives the password twice",
        "jdbc:starrocks://:s3cr3t@h/db | the user before '@' is empty",
        "jdbc:starrocks://u:s3cr3t@h o/db | is not a host name",
    })
    void badUrlsFailClearlyWithoutThePassword(String url, String reason) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(UrlException.class)
                .hasMessageContaining(reason.strip())
                .hasMessageContaining("jdbc:starrocks://[user[:password]@]host")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aMalformedPasswordEscapeIsReportedWithoutThePassword() {
        assertThatThrownBy(() -> parse("jdbc:starrocks://root:s3cr%t@h/db"))
                .hasMessageContaining("the password has a malformed percent-escape")
                .hasMessageNotContaining("s3cr");
    }

    @Test
    void acceptsOnlyTheJdbcForm() {
        assertThat(StarRocksUrl.accepts("jdbc:starrocks://h/db")).isTrue();
        assertThat(StarRocksUrl.accepts("jdbc:mysql://h/db")).isFalse();
        assertThat(StarRocksUrl.accepts("starrocks://h/db")).isFalse();
        assertThat(StarRocksUrl.accepts(null)).isFalse();
    }

    @Test
    void withDatabaseKeepsEverythingElse() {
        StarRocksUrl u = parse("jdbc:starrocks://root:pw@h/cat.db1?a=1").withDatabase("db2");
        assertThat(u.catalog()).isEqualTo("cat");
        assertThat(u.database()).isEqualTo("db2");
        assertThat(u.driverProperties().getProperty("password")).isEqualTo("pw");
        assertThat(u.objectName("t").toString()).isEqualTo("cat.db2.t");
        assertThat(u.hosts()).isEqualTo(List.of(new HostAndPort("h", 9030)));
    }
}
