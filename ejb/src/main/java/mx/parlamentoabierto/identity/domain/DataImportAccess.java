package mx.parlamentoabierto.identity.domain;

import mx.parlamentoabierto.identity.application.AccessDeniedException;
import mx.parlamentoabierto.identity.application.Accounts;

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
