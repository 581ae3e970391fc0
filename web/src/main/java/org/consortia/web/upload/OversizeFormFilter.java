package org.consortia.web.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Refuses with 413 a form larger than the largest upload allowed, on the length the browser declares
 * and before anything parses it: the first filter, since the filters after it read the form. The body is
 * read and thrown away before the answer is sent, because a server that closes a connection with bytes
 * still unread resets it, and the browser then loses the answer; the server's own limit on a request's
 * size bounds what is read.
 */
public class OversizeFormFilter extends HttpFilter {

    static final String ANSWER = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>The file is too large</title></head>"
            + "<body><h1>The file is too large</h1><p>A file may be at most 20 MB. Nothing has been saved. Go back and"
            + " choose a smaller file, or split it into several files.</p></body></html>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > UploadLimits.MAX_REQUEST) {
            try {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException overTheServersLimit) {
                // The server ends such a connection itself; the answer below is all that can still be tried.
            }
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(ANSWER);
            return;
        }
        chain.doFilter(request, response);
    }
}
