package org.consortia.web.faces;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Restores a posted page's state, refusing as an expired page any state that cannot be applied to
 * the page it was posted to (the state of another page breaks the restore itself). On an error
 * page the broken state is ignored, so that the error page can still be shown.
 */
public class GuardedViewHandler extends ViewHandlerWrapper {

    public GuardedViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        try {
            return super.restoreView(context, viewId);
        } catch (ViewExpiredException expired) {
            throw expired;
        } catch (RuntimeException unrestorable) {
            if (PostbackIntegrity.isErrorPage(context)) {
                return null;
            }
            throw new TamperedPostbackException("A post with page state that does not fit the page.", viewId);
        }
    }
}
