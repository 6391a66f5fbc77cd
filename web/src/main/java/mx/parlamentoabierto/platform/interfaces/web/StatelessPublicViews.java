package mx.parlamentoabierto.platform.interfaces.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Public pages are stateless views (ADR 0004, 0022): marked transient as soon as the view is known, before anything asks
 * for its view map — PrimeFaces' CSP mode keeps the script nonce there, and the first view map of a request makes
 * the container start a session (Mojarra tracks active view maps in it), which public pages never have. Work pages
 * ({@code /trabajo/}, {@code /admin/}) keep their state; main.xhtml gives them JSF's head by the same rule.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** True for the signed-in work pages; every other view is public. */
    public static boolean isWorkView(String viewId) {
        return viewId != null && (viewId.startsWith("/trabajo/") || viewId.startsWith("/admin/"));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (root != null && !isWorkView(root.getViewId())) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored or created
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
