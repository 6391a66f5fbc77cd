package mx.parlamentoabierto.platform.interfaces.web;

import java.io.ByteArrayOutputStream;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * A response's output kept in memory by a filter that decides what to send once the chain has written it (the public
 * page cache, the operators' health summary). Synchronous only: the portal's pages and endpoints never write async.
 */
public final class BufferedServletOutput extends ServletOutputStream {

    private final ByteArrayOutputStream buffer;

    public BufferedServletOutput(ByteArrayOutputStream buffer) {
        this.buffer = buffer;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("salida síncrona");
    }
}
