package org.consortia.web.faces;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that a form post belongs to the page it is posted to before anything is applied. When a
 * page is first rendered, its view id and the values of its page parameters (such as {@code id})
 * are kept with its state; a post is refused if its state is missing, was rendered for another
 * page, or comes with different page parameters. The public pages, drawn without state (see
 * {@link StatelessViews}), have nothing to check. Without this, a view-scoped bean
 * could act on a record other than the one the page showed, or on none.
 */
public class PostbackIntegrity implements PhaseListener {

    private static final String MARK = PostbackIntegrity.class.getName();

    /** What a page was rendered for. */
    private record Rendered(String viewId, Map<String, String> parameters) implements Serializable {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !context.isPostback() || isErrorPage(context)) {
            return;
        }
        UIViewRoot root = context.getViewRoot();
        if (root == null) {
            throw new TamperedPostbackException("A post without page state.", null);
        }
        if (root.isTransient()) {
            // Only the public pages are drawn without state (StatelessViews), and they hold no record
            // a post could be turned against; any other page posted without its state is rebuilt as
            // stateful and refused below.
            return;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        if (!(viewMap != null && viewMap.get(MARK) instanceof Rendered rendered) || !rendered.viewId().equals(root.getViewId())) {
            throw new TamperedPostbackException("A post with the state of another page.", root.getViewId());
        }
        Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
        rendered.parameters().forEach((name, value) -> {
            if (posted.containsKey(name) && !Objects.equals(posted.get(name), value)) {
                throw new TamperedPostbackException("A post whose page parameter " + name + " has changed.",
                        root.getViewId());
            }
        });
    }

    /** Whether an error page is being shown in the request's place, which must not fail in turn. */
    static boolean isErrorPage(FacesContext context) {
        return context.getExternalContext().getRequest() instanceof HttpServletRequest request
                && (request.getDispatcherType() == DispatcherType.ERROR
                || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
            return;
        }
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.isTransient() || root.getViewMap(false) != null && root.getViewMap().containsKey(MARK)) {
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        Map<String, String> request = context.getExternalContext().getRequestParameterMap();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            parameters.put(parameter.getName(), request.get(parameter.getName()));
        }
        root.getViewMap().put(MARK, new Rendered(root.getViewId(), parameters));
    }
}
