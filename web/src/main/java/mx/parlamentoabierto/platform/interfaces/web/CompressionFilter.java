package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * gzip for what compresses: pages, style sheets, scripts, JSON, CSV, XML, SVG, Atom — when the client accepts it. The
 * decision is taken at the first byte, from the answer's own content type, so a servlet, a JAX-RS resource, a Facelets
 * page and the page cache are all compressed the same way; {@code Content-Length} is dropped then, and
 * {@code Vary: Accept-Encoding} is always sent for such types. Left alone: answers already encoded, 204/304, HEAD, and
 * the large files people download whole (the open data set's files, the archive's originals), which keep their length
 * and ranges. Level 5: most of level 9's saving (a page shrinks 5–8×) at a third of the CPU.
 */
public class CompressionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> TYPES = Set.of("text/html", "text/css", "text/javascript", "text/plain", "text/csv", "text/xml",
            "application/javascript", "application/json", "application/problem+json", "application/xml", "application/atom+xml",
            "image/svg+xml", "application/yaml", "application/vnd.oai.openapi", "application/vnd.oai.openapi+json", "application/xhtml+xml");
    /** Below this the gzip header and the CPU are not worth it (when the length is known before the first byte). */
    private static final int MINIMUM = 860;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("HEAD".equals(request.getMethod()) || !acceptsGzip(request.getHeader("Accept-Encoding")) || downloadedWhole(path)) {
            chain.doFilter(request, response);
            return;
        }
        Compressing wrapped = new Compressing(response);
        try {
            chain.doFilter(request, wrapped);
        } finally {
            wrapped.finish();
        }
    }

    static boolean downloadedWhole(String path) {
        return path.startsWith("/api/bulk/") || (path.startsWith("/api/documents/") && path.endsWith("/file"));
    }

    /** True when the header accepts gzip (and does not refuse it with {@code q=0}). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    String p = pieces[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return TYPES.contains(type);
    }

    /** Decides at the first byte whether to compress, then writes through a gzip stream or straight through. */
    private static final class Compressing extends HttpServletResponseWrapper {
        private final HttpServletResponse response;
        private GZIPOutputStream gzip;
        private boolean decided;
        private long declaredLength = -1;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Compressing(HttpServletResponse response) {
            super(response);
            this.response = response;
        }

        private void decide() throws IOException {
            if (decided) {
                return;
            }
            decided = true;
            int status = response.getStatus();
            boolean typed = compressible(response.getContentType());
            if (typed) {
                response.addHeader("Vary", "Accept-Encoding");
            }
            if (!typed || status == 204 || status == 304 || response.containsHeader("Content-Encoding")
                    || (declaredLength >= 0 && declaredLength < MINIMUM)) {
                if (declaredLength >= 0) {
                    response.setContentLengthLong(declaredLength);
                }
                return;
            }
            response.setHeader("Content-Encoding", "gzip");
            OutputStream raw = response.getOutputStream();
            gzip = new GZIPOutputStream(raw, 8192, false) {
                {
                    def.setLevel(5);
                }
            };
        }

        private OutputStream target() throws IOException {
            decide();
            return gzip != null ? gzip : response.getOutputStream();
        }

        @Override
        public void setContentLength(int len) {
            setContentLengthLong(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (decided && gzip == null) {
                response.setContentLengthLong(len);
            } else if (!decided) {
                declaredLength = len;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                if (value != null) {
                    try {
                        setContentLengthLong(Long.parseLong(value.strip()));
                    } catch (NumberFormatException e) {
                        // not a length: ignored as the container would
                    }
                }
                return;
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setHeader(name, value);
                return;
            }
            super.addHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        target().write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (len > 0) {
                            target().write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (decided) {
                            target().flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("non-blocking writes are not compressed");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was already called");
                }
                String encoding = response.getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (decided) {
                target().flush();
            }
            super.flushBuffer();
        }

        @Override
        public void reset() {
            if (gzip != null || (decided && response.isCommitted())) {
                throw new IllegalStateException("the answer has started");
            }
            decided = false;
            declaredLength = -1;
            super.reset();
        }

        @Override
        public void resetBuffer() {
            if (gzip != null) {
                throw new IllegalStateException("the answer has started");
            }
            super.resetBuffer();
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.finish();
            } else if (!decided && declaredLength >= 0 && !response.isCommitted()) {
                response.setContentLengthLong(declaredLength);
            }
        }
    }
}
