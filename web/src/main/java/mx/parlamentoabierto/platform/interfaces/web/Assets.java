package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import mx.parlamentoabierto.platform.Sha256;

/**
 * Addresses of the portal's own style sheets and scripts with their version in them ({@code /resources/css/portal.css?v=}
 * the first 12 hex digits of the file's SHA-256), so they can be cached for a year ({@link StaticCacheFilter}) and a
 * new build is fetched at once. The hash is computed once per file per deployment.
 */
@Named
@ApplicationScoped
public class Assets {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The versioned address of {@code resources/<name>}. */
    public String url(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ServletContext context = (ServletContext) faces.getExternalContext().getContext();
        String version = versions.computeIfAbsent(name, n -> hash(context, n));
        return context.getContextPath() + "/resources/" + name + "?v=" + version;
    }

    static String hash(ServletContext context, String name) {
        try (InputStream in = context.getResourceAsStream("/resources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return Sha256.hex(in.readAllBytes()).substring(0, 12);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
