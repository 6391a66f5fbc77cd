package mx.parlamentoabierto.platform.interfaces.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** On the portal's first request (when its port is known), has {@link ApiPage} read the OpenAPI document in the background. */
@WebListener
public class ApiDocumentWarmUp implements ServletRequestListener {

    private final AtomicBoolean done = new AtomicBoolean();

    @Inject
    ApiPage api;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!done.get() && done.compareAndSet(false, true)) {
            api.warm(event.getServletRequest().getLocalPort(), event.getServletContext().getContextPath());
        }
    }
}
