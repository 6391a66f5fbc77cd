package mx.parlamentoabierto.platform;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The portal's civil time: dates people read and windows they are held to (an evaluation window that "closes on the
 * 6th" closes at the end of the 6th in Mexico City, whatever the server's zone).
 */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private PortalTime() {
    }

    /** Today's date in the portal's zone. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
