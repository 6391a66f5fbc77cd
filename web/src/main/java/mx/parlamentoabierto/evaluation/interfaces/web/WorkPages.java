package mx.parlamentoabierto.evaluation.interfaces.web;

import java.time.Instant;
import mx.parlamentoabierto.platform.PortalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import mx.parlamentoabierto.evaluation.application.EvaluationService.EvidenceInput;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/** What the work pages share: messages from the service's refusals, evidence as text lines, dates as people read them. */
final class WorkPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", new java.util.Locale("es", "MX"))
            .withZone(PortalTime.ZONE);

    private WorkPages() {
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs an action of the service; its refusals (bad input, conflict, missing) become the message they carry. */
    static String attempt(Runnable action) {
        try {
            action.run();
            return null;
        } catch (InvalidInputException | ConflictException | ResourceNotFoundException e) {
            return e.getMessage();
        } catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.RollbackException e) {
            return "Otra persona cambió este registro al mismo tiempo; recargue la página.";
        }
    }

    /** One line per evidence: {@code https://… label} or {@code doc:ID label}. */
    static List<EvidenceInput> parseEvidence(String text) {
        List<EvidenceInput> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            int space = s.indexOf(' ');
            String target = space < 0 ? s : s.substring(0, space);
            String label = space < 0 ? null : s.substring(space + 1).strip();
            if (target.startsWith("doc:")) {
                try {
                    out.add(new EvidenceInput(null, label, Long.parseLong(target.substring(4))));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("evidence", "Línea " + line + " de la evidencia: «" + target + "» no es doc:número.");
                }
            } else {
                out.add(new EvidenceInput(target, label, null));
            }
        }
        return out;
    }

    static String evidenceText(List<EvidenceLink> links) {
        StringBuilder s = new StringBuilder();
        for (EvidenceLink l : links) {
            s.append(l.documentId() != null ? "doc:" + l.documentId() : l.url());
            if (l.label() != null) {
                s.append(' ').append(l.label());
            }
            s.append('\n');
        }
        return s.toString();
    }
}
