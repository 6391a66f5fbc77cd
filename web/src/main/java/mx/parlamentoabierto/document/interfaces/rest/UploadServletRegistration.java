package mx.parlamentoabierto.document.interfaces.rest;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;

import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.config.PortalConfiguration;

/**
 * Registers {@link DocumentUploadServlet} at {@code /api/documents} with the configured upload cap as its
 * multipart limits (an annotation could only hold a constant): the container refuses a body past
 * {@code parlamento.upload.max-megabytes} while reading it, instead of spooling it whole to disk first.
 */
@WebListener
public class UploadServletRegistration implements ServletContextListener {

    @Inject
    PortalConfiguration configuration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long cap = configuration.uploadMaxBytes();
        ServletRegistration.Dynamic upload = event.getServletContext().addServlet("document-upload", DocumentUploadServlet.class);
        upload.addMapping("/api/documents");
        upload.setMultipartConfig(new MultipartConfigElement(null, cap, cap + DocumentUploadServlet.FORM_OVERHEAD, 1024 * 1024));
    }
}
