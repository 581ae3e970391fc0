package org.consortia.web.faces;

import jakarta.faces.application.ViewExpiredException;

/**
 * A form post whose page state does not belong to the page it was posted to: state the portal never
 * rendered, state of another page, or a page address changed since the page was shown. Treated as
 * an expired page (400 and the expired-page message), and nothing is processed.
 */
public class TamperedPostbackException extends ViewExpiredException {

    public TamperedPostbackException(String message, String viewId) {
        super(message, viewId);
    }
}
