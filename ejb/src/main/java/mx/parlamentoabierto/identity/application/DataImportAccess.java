package mx.parlamentoabierto.identity.application;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.platform.AccessDeniedException;

/**
 * Who may load a legislature's public records (legislators, roll calls): the administration, and that legislature's
 * own staff. Everyone else — including staff of another legislature — is refused.
 */
public final class DataImportAccess {

    private DataImportAccess() {
    }

    public static void require(Caller caller, String legislatureId) {
        if (caller.isSystem()) {
            return;
        }
        Accounts.requireSignedIn(caller);
        if (!caller.has(Role.ADMIN) && !caller.staffOf(legislatureId)) {
            throw new AccessDeniedException("Solo la administración o el personal de la legislatura '" + legislatureId
                    + "' cargan sus registros.");
        }
    }
}
