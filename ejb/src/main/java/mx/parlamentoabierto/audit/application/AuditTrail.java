package mx.parlamentoabierto.audit.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import mx.parlamentoabierto.platform.json.Jsonp;
import mx.parlamentoabierto.audit.domain.AuditEntry;
import mx.parlamentoabierto.audit.domain.AuditRepository;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * Records what the application services change, inside their unit of work (a change and its audit entry commit
 * or roll back together), and reads the log back.
 */
@ApplicationScoped
public class AuditTrail {

    private AuditRepository log;
    private Clock clock;

    protected AuditTrail() {
        // CDI proxy
    }

    @Inject
    public AuditTrail(AuditRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** A subject of the log: its type and id, and the edition it belongs to (or null). */
    public record Subject(String type, String id, String editionId) {
    }

    /** Appends an entry; {@code before} and {@code after} are the subject's state as ordered maps (null: none). */
    @UnitOfWork
    public void record(Caller caller, String action, Subject subject, Map<String, ?> before, Map<String, ?> after) {
        log.append(new AuditEntry(clock.instant(), caller.auditName(), caller.address(), action,
                subject.type(), subject.id(), subject.editionId(), json(before), json(after)));
    }

    @UnitOfWork
    public List<AuditEntry> ofEdition(String editionId, long afterId, int limit) {
        return log.ofEdition(editionId, afterId, Math.max(1, Math.min(limit, 1000)));
    }

    @UnitOfWork
    public List<AuditEntry> latest(int limit) {
        return log.latest(Math.max(1, Math.min(limit, 1000)));
    }

    static String json(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder b = Jsonp.PROVIDER.createObjectBuilder();
        state.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) {
                b.add(k, n.longValue());
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v instanceof java.util.Collection<?> c) {
                var array = Jsonp.PROVIDER.createArrayBuilder();
                c.forEach(item -> array.add(String.valueOf(item)));
                b.add(k, array);
            } else {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build().toString();
    }
}
