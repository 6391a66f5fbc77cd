package mx.parlamentoabierto.platform.interfaces.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * {@link SecurityHeaders} on the answers the container writes without the application: a request line too long, a
 * path it will not decode, {@code TRACE}, {@code /WEB-INF/…}, the slash it adds to a folder's address. Those never pass
 * a servlet filter, so the headers are added where every answer of the HTTP listener is serialised: Grizzly's HTTP
 * codec asks each of its transfer encodings whether it wants a response ({@code wantEncode}) before it writes the
 * headers, and this class puts one first in that list that adds whatever security header the answer lacks and
 * declines. The application's own answers already carry them (set by {@link SecurityHeadersFilter}) and are left as
 * they are.
 *
 * <p>The codec is reached through Payara's service locator by reflection, the only place the portal touches the
 * container's internals: if a Payara release moves them, the portal logs it and starts without this layer, and
 * {@code SecurityProbesIT} fails on the container's answers (ADR 0022).
 */
@WebListener
public class ContainerAnswerHeaders implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ContainerAnswerHeaders.class.getName());
    private final List<Installed> installed = new ArrayList<>();

    private record Installed(Object codec, Object encoding) {
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            for (Object codec : codecs()) {
                installed.add(new Installed(codec, installFirst(codec)));
            }
            LOG.info(() -> "Cabeceras de seguridad en las respuestas del contenedor: " + installed.size() + " códec(s) HTTP");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("No se pudieron poner las cabeceras de seguridad en las respuestas que escribe el contenedor (" + e
                    + "); las de la aplicación las llevan igual");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Installed i : installed) {
            try {
                i.codec().getClass().getMethod("removeTransferEncoding", transferEncodingType(i.codec())).invoke(i.codec(), i.encoding());
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.fine(() -> "no se pudo quitar el códec de cabeceras: " + e);
            }
        }
        installed.clear();
    }

    /** Every HTTP codec filter of every network listener of this server. */
    private static List<Object> codecs() throws ReflectiveOperationException {
        ClassLoader container = Thread.currentThread().getContextClassLoader();
        Object locator = Class.forName("org.glassfish.internal.api.Globals", true, container).getMethod("getDefaultHabitat").invoke(null);
        Method getService = locator.getClass().getMethod("getService", Class.class, Annotation[].class);
        Method getAll = locator.getClass().getMethod("getAllServices", Class.class, Annotation[].class);
        Class<?> grizzlyServiceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, container);
        Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, container);
        Class<?> codecType = Class.forName("org.glassfish.grizzly.http.HttpCodecFilter", true, container);
        Object grizzly = getService.invoke(locator, grizzlyServiceType, new Annotation[0]);
        List<Object> codecs = new ArrayList<>();
        for (Object listener : (List<?>) getAll.invoke(locator, listenerType, new Annotation[0])) {
            Object proxy = grizzlyServiceType.getMethod("lookupNetworkProxy", listenerType).invoke(grizzly, listener);
            if (proxy == null) {
                continue;
            }
            Method underlying = proxy.getClass().getMethod("getUnderlyingListener");
            underlying.setAccessible(true);
            Object grizzlyListener = underlying.invoke(proxy);
            Method filters = grizzlyListener.getClass().getMethod("getFilters", Class.class);
            for (Object codec : (List<?>) filters.invoke(grizzlyListener, codecType)) {
                if (!codecs.contains(codec)) {
                    codecs.add(codec);
                }
            }
        }
        return codecs;
    }

    private static Class<?> transferEncodingType(Object codec) throws ClassNotFoundException {
        return Class.forName("org.glassfish.grizzly.http.TransferEncoding", true, codec.getClass().getClassLoader());
    }

    /** Puts the header-adding encoding before the codec's own ones (the first that wants a response encodes it). */
    private static Object installFirst(Object codec) throws ReflectiveOperationException {
        Class<?> type = transferEncodingType(codec);
        Object encoding = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new AddHeaders());
        Method get = codec.getClass().getMethod("getTransferEncodings");
        Method remove = codec.getClass().getMethod("removeTransferEncoding", type);
        Method add = codec.getClass().getMethod("addTransferEncoding", type);
        Object[] existing = (Object[]) get.invoke(codec);
        for (Object e : existing) {
            remove.invoke(codec, e);
        }
        add.invoke(codec, encoding);
        for (Object e : existing) {
            add.invoke(codec, e);
        }
        return encoding;
    }

    /** The transfer encoding that never encodes: asked about a response, it adds the missing headers and declines. */
    static final class AddHeaders implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "wantEncode" -> {
                    addMissing(args[0]);
                    return false;
                }
                case "wantDecode" -> {
                    return false;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "toString" -> {
                    return "cabeceras de seguridad del portal";
                }
                default -> throw new UnsupportedOperationException(method.getName());
            }
        }

        /** The header class's two methods, looked up once per class (every answer passes here). */
        private static final ClassValue<Method[]> METHODS = new ClassValue<>() {
            @Override
            protected Method[] computeValue(Class<?> type) {
                try {
                    return new Method[] {type.getMethod("containsHeader", String.class), type.getMethod("addHeader", String.class, String.class)};
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        private static void addMissing(Object header) throws ReflectiveOperationException {
            Method[] methods = METHODS.get(header.getClass());
            Method contains = methods[0];
            Method add = methods[1];
            if (!(Boolean) contains.invoke(header, SecurityHeaders.CSP)) {
                add.invoke(header, SecurityHeaders.CSP, SecurityHeaders.POLICY);
            }
            for (Map.Entry<String, String> h : SecurityHeaders.others().entrySet()) {
                if (!(Boolean) contains.invoke(header, h.getKey())) {
                    add.invoke(header, h.getKey(), h.getValue());
                }
            }
        }
    }
}
