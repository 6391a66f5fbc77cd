package mx.parlamentoabierto.platform.interfaces.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import mx.parlamentoabierto.platform.PublicContentVersion;

/**
 * Serves the public pages (home, rankings, scorecards, methodology, published results, archive search, documents, legislators,
 * roll calls and sessions) from their
 * rendered HTML when the same page was rendered for the same address and language since the published data last
 * changed. Rendering a rankings page costs ~20 ms of CPU (PrimeFaces table of 34 × 12 cells); sending the bytes
 * again costs a fraction of a millisecond. See docs/decisions/0013.
 *
 * <p>What makes an answer reusable: a GET without credentials, session or {@code lang} parameter (that one sets a
 * cookie), answered 200 without cookies or a session. The key is the path, the query string and the language
 * the language {@link LocaleSelection} resolves (cookie or {@code Accept-Language}). Entries are dropped when {@link PublicContentVersion} moves
 * (answers recorded) and in any case after {@link #MAX_AGE_MILLIS}; archive searches live only
 * {@link #SEARCH_MAX_AGE_MILLIS} (new documents become searchable within a second or two). At most
 * {@link #MAX_ENTRIES} pages are kept, the least recently used dropped first.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/clasificacion.xhtml", "/legislatura.xhtml", "/metodologia.xhtml",
            "/resultados-publicados.xhtml", "/buscar.xhtml", "/legisladores.xhtml", "/legislador.xhtml", "/votaciones.xhtml", "/votacion.xhtml", "/presupuesto.xhtml", "/cumplimiento.xhtml", "/api.xhtml",
            "/sesiones.xhtml", "/sesion.xhtml", "/documento.xhtml");

    /** A request attribute a page sets when what it shows is about to change (a document being extracted): not kept. */
    public static final String DO_NOT_KEEP = PublicPageCache.class.getName() + ".doNotKeep";

    /** Tells the cache not to keep the page being rendered. */
    public static void doNotKeep() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces != null) {
            ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).setAttribute(DO_NOT_KEEP, Boolean.TRUE);
        }
    }
    static final long MAX_AGE_MILLIS = 300_000;
    static final long SEARCH_MAX_AGE_MILLIS = 5_000;
    static final int MAX_ENTRIES = 2_000;
    /** Bytes all kept pages may take together (a rankings page is ~150 KB): the heap is shared with everything else. */
    static final long MAX_TOTAL_BYTES = 48L * 1024 * 1024;
    private static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;
    private long totalBytes;

    @Inject
    @Any
    transient Instance<PublicContentVersion> versions;

    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return false; // keep() evicts, counting bytes
        }
    };

    /** Adds a page and drops the least recently used ones past the byte budget (called holding the map's lock). */
    private void keep(String key, Page page) {
        Page replaced = pages.put(key, page);
        totalBytes += page.body.length - (replaced == null ? 0 : replaced.body.length);
        for (java.util.Iterator<Page> it = pages.values().iterator(); (totalBytes > MAX_TOTAL_BYTES || pages.size() > MAX_ENTRIES) && it.hasNext(); ) {
            totalBytes -= it.next().body.length;
            it.remove();
        }
    }

    private record Page(byte[] body, String contentType, long version, long expires) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !PAGES.contains(path) || request.getHeader("Authorization") != null
                || request.getRequestedSessionId() != null || hasParameter(request.getQueryString(), "lang")) {
            chain.doFilter(request, response);
            return;
        }
        String key = path + "?" + (request.getQueryString() == null ? "" : request.getQueryString()) + "|" + LocaleSelection.languageOf(request);
        response.addHeader("Vary", "Accept-Language, Cookie"); // the language comes from either
        long version = version();
        long now = System.currentTimeMillis();
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null && page.version == version && page.expires > now) {
            response.setStatus(200);
            response.setContentType(page.contentType);
            response.setContentLength(page.body.length);
            response.getOutputStream().write(page.body);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        if (capture.reusable() && request.getSession(false) == null && body.length <= MAX_PAGE_BYTES && request.getAttribute(DO_NOT_KEEP) == null) {
            long maxAge = path.equals("/buscar.xhtml") || path.equals("/cumplimiento.xhtml") ? SEARCH_MAX_AGE_MILLIS : MAX_AGE_MILLIS;
            synchronized (pages) {
                keep(key, new Page(body, capture.getContentType(), version, now + maxAge));
            }
        }
        if (!capture.bypassed()) {
            if (!response.isCommitted() && capture.status() == 200) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
        }
    }

    private long version() {
        long sum = 0;
        for (PublicContentVersion v : versions) {
            sum += v.current();
        }
        return sum;
    }

    private static boolean hasParameter(String query, String name) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(name) || pair.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Holds the page's bytes instead of sending them, and notes whether it may be reused: status 200, no cookie set.
     * Errors and redirects go straight to the client.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = 200;
        private boolean cookie;
        private boolean bypassed;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean reusable() {
            return status == 200 && !cookie && !bypassed;
        }

        boolean bypassed() {
            return bypassed;
        }

        int status() {
            return status;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            bypassed = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            bypassed = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = 302;
            bypassed = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie c) {
            cookie = true;
            super.addCookie(c);
        }

        @Override
        public void addHeader(String name, String value) {
            cookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            cookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the captured bytes are sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set when the captured bytes are sent
        }

        @Override
        public void flushBuffer() {
            // nothing is sent before the page is complete
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new BufferedServletOutput(buffer);
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }
    }
}
