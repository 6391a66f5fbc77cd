package mx.parlamentoabierto.platform.persistence;

import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the database. Only H2 (embedded, file-backed) and PostgreSQL (production) are supported;
 * anything else is rejected here rather than failing later in a migration.
 */
public record DatabaseSettings(String url, String user, String password) {

    public enum Vendor { H2, POSTGRESQL }

    public DatabaseSettings {
        Objects.requireNonNull(url, "database url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        vendorOf(url);
        if (vendorOf(url) == Vendor.H2 && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
            // H2 writes a commit to the file up to 500 ms later by default: a kill -9 in that window would lose a
            // document the client was told is stored. Written at once, it survives the process (ADR 0019).
            url = url + ";WRITE_DELAY=0";
        }
    }

    public Vendor vendor() {
        return vendorOf(url);
    }

    private static Vendor vendorOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        throw new IllegalArgumentException("Base de datos no soportada: " + url
                + " (use jdbc:h2:file:... o jdbc:postgresql://...)");
    }

    public String driverClass() {
        return vendor() == Vendor.H2 ? "org.h2.Driver" : "org.postgresql.Driver";
    }

    /**
     * The schema named by PostgreSQL's {@code currentSchema} URL parameter, if any: Flyway creates it and
     * migrates into it, so the portal can share a database with other applications.
     */
    public java.util.Optional<String> postgresqlSchema() {
        if (vendor() != Vendor.POSTGRESQL) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)").matcher(url);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The URL without credentials that might be embedded in query parameters, for logs and health output. */
    public String redactedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
