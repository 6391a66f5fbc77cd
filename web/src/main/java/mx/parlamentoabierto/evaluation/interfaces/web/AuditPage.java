package mx.parlamentoabierto.evaluation.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.audit.domain.AuditEntry;
import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;

/** The audit log of an edition ({@code /trabajo/auditoria.xhtml?edicion=…}), for coordinators and administrators. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    EvaluationService evaluation;

    private String edition;
    private long after;
    private List<AuditEntry> entries;

    public void load() {
        entries = evaluation.audit(CurrentCaller.get(), edition, after, 500);
    }

    public String when(java.time.Instant at) {
        return WorkPages.when(at);
    }

    public Long getNextAfter() {
        return entries == null || entries.size() < 500 ? null : entries.get(entries.size() - 1).id();
    }

    public List<AuditEntry> getEntries() { return entries; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public long getAfter() { return after; }
    public void setAfter(long after) { this.after = after; }
}
