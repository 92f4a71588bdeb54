package org.starrocks4j.jdbc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.starrocks4j.schema.ObjectName;

/**
 * A parsed {@code jdbc:starrocks://[user[:password]@]host[:port][,host2[:port2]...]/[catalog.]database[?params]}
 * URL.
 *
 * <ul>
 *   <li>The port defaults to {@value #DEFAULT_PORT}, the FE's MySQL-protocol port. IPv6 addresses go in brackets:
 *       {@code [::1]:9030}.</li>
 *   <li>{@code catalog.database} selects an external catalog; a plain {@code database} lives in
 *       {@code default_catalog}. The database is optional (a connection then has no current database).</li>
 *   <li>User and password come, first found wins, from the driver properties ({@code user}, {@code password}),
 *       the URL ({@code user:password@} or the {@code user=} / {@code password=} parameters), and the environment
 *       ({@code STARROCKS_USER}, {@code STARROCKS_PASSWORD}).</li>
 *   <li>Special characters in the user, password, names and parameter values are percent-encoded
 *       ({@code @} as {@code %40}, {@code :} as {@code %3A}, {@code /} as {@code %2F}, {@code .} in a name as
 *       {@code %2E}); {@code +} stays a plus sign.</li>
 *   <li>Other parameters go to MySQL Connector/J unchanged. Unless given, {@code useServerPrepStmts=false}
 *       (StarRocks' server-side prepare is incomplete: no INSERT, broken on early 3.2) and
 *       {@code rewriteBatchedStatements=true} (one multi-row INSERT, i.e. one load transaction, per batch).</li>
 * </ul>
 *
 * <p>The password is never part of {@link #toString()} or of any error message. {@code starrocks://...} (the
 * Python client's spelling, as in {@code STARROCKS_URL}) is read the same way.
 */
public final class StarRocksUrl {

    /** The prefix of the URLs this driver accepts. */
    public static final String PREFIX = "jdbc:starrocks:";
    /** The FE's default MySQL-protocol port. */
    public static final int DEFAULT_PORT = 9030;
    /** Environment variable holding the user when neither the URL nor the properties give one. */
    public static final String USER_ENV = "STARROCKS_USER";
    /** Environment variable holding the password when neither the URL nor the properties give one. */
    public static final String PASSWORD_ENV = "STARROCKS_PASSWORD";

    /** Driver settings applied unless the URL or the properties say otherwise. */
    public static final Map<String, String> DEFAULT_DRIVER_SETTINGS;

    static {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("useServerPrepStmts", "false");
        defaults.put("rewriteBatchedStatements", "true");
        DEFAULT_DRIVER_SETTINGS = Collections.unmodifiableMap(defaults);
    }

    private static final String JDBC_FORM = "jdbc:starrocks://";
    private static final String PLAIN_FORM = "starrocks://";
    /** How a URL is written, in short, for messages (credentials left out: they usually come from the environment). */
    public static final String USAGE = "jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE";
    private static final String HINT = "write jdbc:starrocks://[user[:password]@]host[:port][,host2...]"
            + "/[catalog.]database[?name=value&...]";

    private final List<HostAndPort> hosts;
    private final String catalog;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    private StarRocksUrl(List<HostAndPort> hosts, String catalog, String database, String user, String password,
                         Map<String, String> parameters) {
        this.hosts = List.copyOf(hosts);
        this.catalog = catalog;
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** True for {@code jdbc:starrocks:} URLs. */
    public static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Parses {@code url}, taking missing credentials from the process environment. */
    public static StarRocksUrl parse(String url) {
        return parse(url, new Properties(), System.getenv());
    }

    /** Parses {@code url} with driver properties (which win over the URL), then the process environment. */
    public static StarRocksUrl parse(String url, Properties info) {
        return parse(url, info, System.getenv());
    }

    /**
     * Parses {@code url}.
     *
     * @param url  the URL
     * @param info driver properties; {@code user} and {@code password} here win over the URL, other entries are
     *             driver settings that win over the URL's parameters
     * @param env  the environment to read {@value #USER_ENV} / {@value #PASSWORD_ENV} from
     * @throws UrlException when the URL is malformed; the message never shows the password
     */
    public static StarRocksUrl parse(String url, Properties info, Map<String, String> env) {
        Objects.requireNonNull(url, "url");
        String rest;
        if (url.regionMatches(true, 0, JDBC_FORM, 0, JDBC_FORM.length())) {
            rest = url.substring(JDBC_FORM.length());
        } else if (url.regionMatches(true, 0, PLAIN_FORM, 0, PLAIN_FORM.length())) {
            rest = url.substring(PLAIN_FORM.length());
        } else {
            throw fail(url, "it does not start with jdbc:starrocks://");
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);

        String urlUser = null;
        String urlPassword = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            urlUser = decode(url, colon < 0 ? userInfo : userInfo.substring(0, colon), "user");
            if (colon >= 0) {
                urlPassword = decode(url, userInfo.substring(colon + 1), "password");
            }
            if (urlUser.isEmpty()) {
                throw fail(url, "the user before '@' is empty; give a user or leave out the '@'");
            }
        }
        List<HostAndPort> hosts = hosts(url, authority);

        String catalog = null;
        String database = null;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.isEmpty()) {
            if (path.indexOf('/') >= 0) {
                throw fail(url, "the path has more than one part; give one [catalog.]database, and percent-encode "
                        + "a '/' inside a name as %2F");
            }
            String[] parts = path.split("\\.", -1);
            if (parts.length > 2) {
                throw fail(url, "'" + path + "' has more than one '.'; write catalog.database, and percent-encode a "
                        + "'.' inside a name as %2E");
            }
            if (parts.length == 2) {
                catalog = decode(url, parts[0], "catalog");
                database = decode(url, parts[1], "database");
                if (catalog.isEmpty() || database.isEmpty()) {
                    throw fail(url, "'" + path + "' needs both a catalog and a database around the '.'");
                }
            } else {
                database = decode(url, parts[0], "database");
            }
        }

        Map<String, String> parameters = parameters(url, query);
        String paramUser = parameters.remove("user");
        String paramPassword = parameters.remove("password");
        if (urlUser != null && paramUser != null) {
            throw fail(url, "it gives the user twice (before '@' and as user=); keep one");
        }
        if (urlPassword != null && paramPassword != null) {
            throw fail(url, "it gives the password twice (after the user and as password=); keep one");
        }
        Properties props = info == null ? new Properties() : info;
        String user = firstNonBlank(props.getProperty("user"), urlUser, paramUser, env.get(USER_ENV));
        String password = firstNonNull(props.getProperty("password"), urlPassword, paramPassword,
                env.get(PASSWORD_ENV));
        for (String key : props.stringPropertyNames()) {
            if (!key.equals("user") && !key.equals("password")) {
                parameters.put(key, props.getProperty(key));
            }
        }
        return new StarRocksUrl(hosts, catalog, database, user, password, parameters);
    }

    private static List<HostAndPort> hosts(String url, String authority) {
        if (authority.isEmpty()) {
            throw fail(url, "it names no host; give at least one FE host, e.g. jdbc:starrocks://localhost:9030/db");
        }
        List<HostAndPort> out = new ArrayList<>();
        for (String entry : authority.split(",", -1)) {
            String e = entry.strip();
            if (e.isEmpty()) {
                throw fail(url, "the host list has an empty entry; separate hosts with single commas");
            }
            String host;
            String port = null;
            if (e.startsWith("[")) {
                int close = e.indexOf(']');
                if (close < 0) {
                    throw fail(url, "IPv6 address '" + e + "' has no closing ']'");
                }
                host = e.substring(1, close);
                String after = e.substring(close + 1);
                if (!after.isEmpty()) {
                    if (!after.startsWith(":")) {
                        throw fail(url, "expected ':port' after IPv6 address [" + host + "]");
                    }
                    port = after.substring(1);
                }
            } else {
                int colon = e.indexOf(':');
                if (colon >= 0 && e.indexOf(':', colon + 1) >= 0) {
                    throw fail(url, "host '" + e + "' has more than one ':'; put IPv6 addresses in brackets, "
                            + "e.g. [::1]:9030");
                }
                host = colon < 0 ? e : e.substring(0, colon);
                port = colon < 0 ? null : e.substring(colon + 1);
            }
            if (host.isEmpty()) {
                throw fail(url, "a host entry has a port but no host name");
            }
            if (!host.matches("[A-Za-z0-9._\\-:%]+")) {
                throw fail(url, "host '" + host + "' is not a host name or address (letters, digits, '.', '-')");
            }
            int portNumber = DEFAULT_PORT;
            if (port != null) {
                if (!port.matches("\\d{1,5}")) {
                    throw fail(url, "port '" + port + "' of host " + host + " is not a number; the FE's MySQL port "
                            + "is usually 9030");
                }
                portNumber = Integer.parseInt(port);
                if (portNumber < 1 || portNumber > 65535) {
                    throw fail(url, "port " + portNumber + " of host " + host + " is not in 1..65535");
                }
            }
            out.add(new HostAndPort(host, portNumber));
        }
        return out;
    }

    private static Map<String, String> parameters(String url, String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                String shown = eq == 0 ? "=..." : pair;
                if (pair.toLowerCase(Locale.ROOT).startsWith("password")) {
                    shown = "password";
                }
                throw fail(url, "parameter '" + shown + "' is not name=value");
            }
            String key = decode(url, pair.substring(0, eq), "parameter name");
            String value = decode(url, pair.substring(eq + 1), "value of parameter " + key);
            if (out.put(key, value) != null) {
                throw fail(url, "parameter '" + key + "' is given twice; keep one");
            }
        }
        return out;
    }

    /** Percent-decodes UTF-8; unlike form decoding, {@code +} stays a plus sign (database names may hold it). */
    private static String decode(String url, String text, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            if (percent < 0) {
                bytes.writeBytes(text.substring(i).getBytes(StandardCharsets.UTF_8));
                break;
            }
            bytes.writeBytes(text.substring(i, percent).getBytes(StandardCharsets.UTF_8));
            if (percent + 2 >= text.length() || Character.digit(text.charAt(percent + 1), 16) < 0
                    || Character.digit(text.charAt(percent + 2), 16) < 0) {
                throw fail(url, "the " + what + " has a malformed percent-escape; write '%' followed by two hex "
                        + "digits, e.g. %40 for '@' (and %25 for '%' itself)");
            }
            bytes.write(Integer.parseInt(text.substring(percent + 1, percent + 3), 16));
            i = percent + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static UrlException fail(String url, String why) {
        return new UrlException("cannot read URL " + redact(url) + ": " + why + "; " + HINT);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The URL text with any password masked as {@code ****}: the part between the user and the last {@code @} of the
     * authority, and the values of parameters whose names contain "password". Works on malformed URLs too, for
     * error messages; masks too much rather than too little.
     */
    public static String redact(String url) {
        if (url == null) {
            return "null";
        }
        String out = url;
        int scheme = out.indexOf("://");
        if (scheme >= 0) {
            int start = scheme + 3;
            int q = out.indexOf('?', start);
            int end = q < 0 ? out.length() : q;
            int at = out.lastIndexOf('@', end - 1);
            if (at >= start) {
                int colon = out.indexOf(':', start);
                if (colon >= 0 && colon < at) {
                    out = out.substring(0, colon + 1) + "****" + out.substring(at);
                }
            }
        }
        return out.replaceAll("(?i)([?&][^=&]*password[^=&]*=)[^&]*", "$1****");
    }

    public List<HostAndPort> hosts() {
        return hosts;
    }

    /** The catalog, or {@code null} for {@code default_catalog}. */
    public String catalog() {
        return catalog;
    }

    /** The database, or {@code null} when the URL names none. */
    public String database() {
        return database;
    }

    /** The user, or {@code null} when none was given anywhere. */
    public String user() {
        return user;
    }

    /** True when a password was given (the password itself is only handed to the driver). */
    public boolean hasPassword() {
        return password != null;
    }

    /** The parameters other than user and password, as given (driver properties included). */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** True when a catalog other than {@code default_catalog} is selected. */
    public boolean externalCatalog() {
        return catalog != null && !catalog.equalsIgnoreCase("default_catalog");
    }

    /** The name of an object in this URL's catalog and database. */
    public ObjectName objectName(String name) {
        return new ObjectName(catalog, database, name);
    }

    /** The Connector/J URL: the hosts only; database and settings travel separately (see {@link #driverProperties()}). */
    public String mysqlUrl() {
        StringBuilder out = new StringBuilder("jdbc:mysql://");
        for (int i = 0; i < hosts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(hosts.get(i));
        }
        return out.append('/').toString();
    }

    /** The properties for Connector/J: the defaults, then the parameters, then user and password. */
    public Properties driverProperties() {
        Properties p = new Properties();
        DEFAULT_DRIVER_SETTINGS.forEach(p::setProperty);
        parameters.forEach(p::setProperty);
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** The same URL with another database (same catalog). */
    public StarRocksUrl withDatabase(String otherDatabase) {
        return new StarRocksUrl(hosts, catalog, otherDatabase, user, password, parameters);
    }

    /** The URL as text with the password left out: safe for messages and logs. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(JDBC_FORM);
        if (user != null) {
            out.append(user);
            if (password != null) {
                out.append(":****");
            }
            out.append('@');
        }
        for (int i = 0; i < hosts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(hosts.get(i));
        }
        out.append('/');
        if (catalog != null) {
            out.append(catalog).append('.');
        }
        if (database != null) {
            out.append(database);
        }
        String sep = "?";
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            boolean secret = e.getKey().toLowerCase(Locale.ROOT).contains("password");
            out.append(sep).append(e.getKey()).append('=').append(secret ? "****" : e.getValue());
            sep = "&";
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StarRocksUrl other && hosts.equals(other.hosts) && Objects.equals(catalog, other.catalog)
                && Objects.equals(database, other.database) && Objects.equals(user, other.user)
                && Objects.equals(password, other.password) && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hosts, catalog, database, user, parameters);
    }
}
