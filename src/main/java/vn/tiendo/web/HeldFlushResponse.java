package vn.tiendo.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response whose explicit flushes are held back (Spring flushes a JSON body as soon as it is written): a small
 * answer reaches the client only when the request ends, after {@link ReadYourWritesFilter} has noted the write's
 * WAL position, so the client's next read cannot overtake it. A body larger than the container's buffer still streams.
 */
final class HeldFlushResponse extends HttpServletResponseWrapper {

    private ServletOutputStream out;
    private PrintWriter writer;

    HeldFlushResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void flushBuffer() {
        // held until the request ends
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            ServletOutputStream target = super.getOutputStream();
            out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return target.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    target.setWriteListener(listener);
                }

                @Override
                public void write(int b) throws IOException {
                    target.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    target.write(b, off, len);
                }

                @Override
                public void flush() {
                    // held until the request ends
                }
            };
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new FilterWriter(super.getWriter()) {
                @Override
                public void flush() {
                    // held until the request ends
                }
            });
        }
        return writer;
    }
}
