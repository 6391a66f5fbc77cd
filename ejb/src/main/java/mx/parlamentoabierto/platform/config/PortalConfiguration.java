package mx.parlamentoabierto.platform.config;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.parlamentoabierto.platform.persistence.DatabaseSettings;

/** The portal's settings, read once at startup. */
@ApplicationScoped
public class PortalConfiguration {

    @Inject
    @ConfigProperty(name = "parlamento.config.dir", defaultValue = "config")
    String configDir;

    @Inject
    @ConfigProperty(name = "parlamento.db.url", defaultValue = "jdbc:h2:file:./data/db/parlamento")
    String dbUrl;

    @Inject
    @ConfigProperty(name = "parlamento.db.user", defaultValue = "sa")
    String dbUser;

    @Inject
    @ConfigProperty(name = "parlamento.db.password")
    java.util.Optional<String> dbPassword;

    @Inject
    @ConfigProperty(name = "parlamento.es.url", defaultValue = "http://127.0.0.1:9200")
    String elasticsearchUrl;

    @Inject
    @ConfigProperty(name = "parlamento.es.index-prefix", defaultValue = "parlamento")
    String indexPrefix;

    @Inject
    @ConfigProperty(name = "parlamento.demo.enabled", defaultValue = "true")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "parlamento.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "parlamento.tika.classpath")
    java.util.Optional<String> tikaClasspath;

    @Inject
    @ConfigProperty(name = "parlamento.tika.heap", defaultValue = "512m")
    String tikaHeap;

    @Inject
    @ConfigProperty(name = "parlamento.tika.timeout-seconds", defaultValue = "120")
    int tikaTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "parlamento.ocr.enabled", defaultValue = "true")
    boolean ocrEnabled;

    @Inject
    @ConfigProperty(name = "parlamento.ocr.language", defaultValue = "spa")
    String ocrLanguage;

    @Inject
    @ConfigProperty(name = "parlamento.ocr.page-seconds", defaultValue = "60")
    int ocrPageSeconds;

    @Inject
    @ConfigProperty(name = "parlamento.ocr.max-pages", defaultValue = "100")
    int ocrMaxPages;

    @Inject
    @ConfigProperty(name = "parlamento.ocr.document-seconds", defaultValue = "300")
    int ocrDocumentSeconds;

    @Inject
    @ConfigProperty(name = "parlamento.opendata.licence", defaultValue = "CC BY 4.0")
    String openDataLicence;

    @Inject
    @ConfigProperty(name = "parlamento.opendata.licence-url", defaultValue = "https://creativecommons.org/licenses/by/4.0/deed.es")
    String openDataLicenceUrl;

    @Inject
    @ConfigProperty(name = "parlamento.opendata.interval-seconds", defaultValue = "300")
    int openDataIntervalSeconds;

    @Inject
    @ConfigProperty(name = "parlamento.ingest.concurrency", defaultValue = "2")
    int ingestConcurrency;

    @Inject
    @ConfigProperty(name = "parlamento.upload.max-megabytes", defaultValue = "100")
    int uploadMaxMegabytes;

    @Inject
    @ConfigProperty(name = "parlamento.admin.password")
    java.util.Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "parlamento.search.time-budget-millis", defaultValue = "2000")
    int searchTimeBudgetMillis;

    @Inject
    @ConfigProperty(name = "parlamento.search.max-concurrent", defaultValue = "8")
    int searchMaxConcurrent;

    @Inject
    @ConfigProperty(name = "parlamento.search.max-concurrent-expensive", defaultValue = "2")
    int searchMaxConcurrentExpensive;

    @Inject
    @ConfigProperty(name = "parlamento.search.max-concurrent-per-client", defaultValue = "2")
    int searchMaxConcurrentPerClient;

    @Inject
    @ConfigProperty(name = "parlamento.search.anonymous-per-second", defaultValue = "10")
    double searchAnonymousPerSecond;

    @Inject
    @ConfigProperty(name = "parlamento.search.anonymous-burst", defaultValue = "30")
    int searchAnonymousBurst;

    /** Requests to {@code /api/*} an anonymous client address may sustain per second; 0 turns the limit off. */
    @Inject
    @ConfigProperty(name = "parlamento.api.anonymous-per-second", defaultValue = "10")
    double apiAnonymousPerSecond;

    @Inject
    @ConfigProperty(name = "parlamento.api.anonymous-burst", defaultValue = "60")
    int apiAnonymousBurst;

    /** The same for a registered key (a personal API token or a signed-in account); 0 turns the limit off. */
    @Inject
    @ConfigProperty(name = "parlamento.api.key-per-second", defaultValue = "50")
    double apiKeyPerSecond;

    @Inject
    @ConfigProperty(name = "parlamento.api.key-burst", defaultValue = "300")
    int apiKeyBurst;

    @Inject
    @ConfigProperty(name = "parlamento.http.trusted-proxies", defaultValue = "127.0.0.1,::1,0:0:0:0:0:0:0:1")
    String trustedProxies;

    @Inject
    @ConfigProperty(name = "parlamento.session.idle-minutes", defaultValue = "30")
    int sessionIdleMinutes;

    @Inject
    @ConfigProperty(name = "parlamento.public-url")
    java.util.Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "parlamento.metrics.token")
    java.util.Optional<String> metricsToken;

    @Inject
    @ConfigProperty(name = "parlamento.metrics.allow")
    java.util.Optional<String> metricsAllow;

    /** The longest one search may take before the portal abandons it (503). */
    public java.time.Duration searchTimeBudget() {
        return java.time.Duration.ofMillis(Math.max(100, searchTimeBudgetMillis));
    }

    /** Searches one portal instance runs at once; more wait briefly, then get a 503. */
    public int searchMaxConcurrent() {
        return Math.max(1, searchMaxConcurrent);
    }

    /** Of those, prefix searches (the expensive kind) at once. */
    public int searchMaxConcurrentExpensive() {
        return Math.max(1, Math.min(searchMaxConcurrentExpensive, searchMaxConcurrent()));
    }

    /** Searches per second an anonymous client may sustain (429 above it), and the burst it may send at once. */
    /** Searches one client address may have running at once (signed in or not). */
    public int searchMaxConcurrentPerClient() {
        return Math.max(1, searchMaxConcurrentPerClient);
    }

    public double searchAnonymousPerSecond() {
        return searchAnonymousPerSecond;
    }

    public int searchAnonymousBurst() {
        return Math.max(1, searchAnonymousBurst);
    }

    /** Addresses of the reverse proxies whose X-Forwarded-For names the real client. */
    public java.util.Set<String> trustedProxies() {
        return java.util.Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Minutes without a request after which a signed-in session ends (1 to 1,440). */
    public int sessionIdleMinutes() {
        return Math.max(1, Math.min(sessionIdleMinutes, 24 * 60));
    }

    /** The portal's public address (https://…), used for absolute links; redirects are relative without it. */
    /** The bearer token a metrics collector sends for {@code /metrics} and the detailed {@code /health} (never logged). */
    public java.util.Optional<String> metricsToken() {
        return metricsToken.map(String::strip).filter(t -> t.length() >= 16);
    }

    /** Addresses (exact, or IPv4 CIDR blocks) that may read {@code /metrics} and the detailed {@code /health} without a credential. */
    public java.util.List<String> metricsAllow() {
        return java.util.Arrays.stream(metricsAllow.orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public java.util.Optional<String> publicUrl() {
        return publicUrl.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The Tika worker's classpath; empty when extraction is not configured. */
    public java.util.Optional<String> tikaClasspath() {
        return tikaClasspath.filter(s -> !s.isBlank());
    }

    public String tikaHeap() {
        return tikaHeap;
    }

    public int tikaTimeoutSeconds() {
        return tikaTimeoutSeconds;
    }

    public boolean ocrEnabled() { return ocrEnabled; }
    public String ocrLanguage() { return ocrLanguage; }
    public int ocrPageSeconds() { return ocrPageSeconds; }
    public int ocrMaxPages() { return ocrMaxPages; }
    public int ocrDocumentSeconds() { return ocrDocumentSeconds; }

    public double apiAnonymousPerSecond() { return apiAnonymousPerSecond; }
    public int apiAnonymousBurst() { return Math.max(1, apiAnonymousBurst); }
    public double apiKeyPerSecond() { return apiKeyPerSecond; }
    public int apiKeyBurst() { return Math.max(1, apiKeyBurst); }
    public String openDataLicence() { return openDataLicence; }
    public String openDataLicenceUrl() { return openDataLicenceUrl; }
    public int openDataIntervalSeconds() { return openDataIntervalSeconds; }

    public int ingestConcurrency() {
        return ingestConcurrency;
    }

    public long uploadMaxBytes() {
        return uploadMaxMegabytes * 1024L * 1024L;
    }

    /** The administrator's password; uploads and other changes are refused when none is configured. */
    public java.util.Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isBlank());
    }

    public Path configDir() {
        return Path.of(configDir).toAbsolutePath().normalize();
    }

    public DatabaseSettings database() {
        return new DatabaseSettings(dbUrl, dbUser, dbPassword.orElse(""));
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public String indexPrefix() {
        return indexPrefix;
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }
}
