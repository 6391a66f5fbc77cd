package mx.parlamentoabierto.identity.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import mx.parlamentoabierto.platform.config.PortalConfiguration;

/**
 * The signed-in session's cookie: HttpOnly (web.xml) and SameSite=Lax (glassfish-web.xml: Payara 6 applies neither
 * web.xml's cookie attribute nor SessionCookieConfig.setAttribute to it) always, Secure when the portal's public
 * address is https ({@code parlamento.public-url}, the case behind a TLS-terminating proxy, where the container sees
 * plain HTTP), and the idle timeout ({@code parlamento.session.idle-minutes}, 30 by default).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    PortalConfiguration configuration;


    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (configuration.publicUrl().filter(u -> u.startsWith("https://")).isPresent()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
        event.getServletContext().setSessionTimeout(configuration.sessionIdleMinutes());
    }
}
