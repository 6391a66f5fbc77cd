package mx.parlamentoabierto.scoring.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.AnswersChanged;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionRepository;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/**
 * Records answers in bulk outside the evaluation cycle (the demonstration edition, benchmark fixtures), checking
 * them against the edition's frozen methodology; such answers count as accepted and are written by "sistema".
 * People's answers go through the evaluation use cases ({@code evaluation.application.AnswerSheets} and the others), which checks roles, windows and
 * versions and keeps each answer's history.
 */
@ApplicationScoped
public class AnswerService {

    private EditionRepository editions;
    private AnswerRepository answers;
    private LegislatureRepository legislatures;
    private RankingService rankings;
    private ApplicationEvents events;
    private Clock clock;

    protected AnswerService() {
        // CDI proxy
    }

    @Inject
    public AnswerService(EditionRepository editions, AnswerRepository answers,
            LegislatureRepository legislatures, RankingService rankings, ApplicationEvents events, Clock clock) {
        this.editions = editions;
        this.answers = answers;
        this.legislatures = legislatures;
        this.rankings = rankings;
        this.events = events;
        this.clock = clock;
    }

    /** One answer to record. */
    public record AnswerInput(String legislatureId, String variableId, int value, String justification, List<EvidenceLink> evidence) {
    }

    /** Creates or revises answers of an edition in one transaction; any invalid input rejects them all. */
    @UnitOfWork
    public void record(String editionId, List<AnswerInput> inputs) {
        Edition edition = rankings.requireEdition(editionId);
        Methodology methodology = rankings.methodologyOf(edition);
        java.util.Set<String> known = new java.util.HashSet<>();
        legislatures.findAll().forEach(l -> known.add(l.id()));
        java.util.Map<String, Answer> existing = new java.util.HashMap<>();
        java.util.Set<String> involved = new java.util.HashSet<>();
        inputs.forEach(i -> involved.add(i.legislatureId()));
        for (String legislatureId : involved) {
            answers.forLegislature(editionId, legislatureId).forEach(a -> existing.put(a.legislatureId() + "|" + a.variableId(), a));
        }
        for (AnswerInput input : inputs) {
            if (!known.contains(input.legislatureId())) {
                throw new IllegalArgumentException("legislatura desconocida '" + input.legislatureId() + "'");
            }
            Variable variable = methodology.variable(input.variableId()).orElseThrow(() -> new IllegalArgumentException(
                    "la variable '" + input.variableId() + "' no existe en la metodología " + methodology.key()));
            if (!variable.scale().accepts(input.value())) {
                throw new IllegalArgumentException("valor " + input.value() + " fuera de la escala de " + variable.id()
                        + " (" + variable.scale().min() + ".." + variable.scale().max() + ")");
            }
            Answer current = existing.get(input.legislatureId() + "|" + input.variableId());
            if (current != null) {
                current.revise(input.value(), input.justification(), input.evidence(), clock.instant());
            } else {
                current = new Answer(editionId, input.legislatureId(), input.variableId(), input.value(),
                        input.justification(), input.evidence(), clock.instant());
                answers.add(current);
                existing.put(input.legislatureId() + "|" + input.variableId(), current);
            }
            current.moveTo(mx.parlamentoabierto.scoring.domain.AnswerStatus.ACCEPTED);
            current.writtenBy(mx.parlamentoabierto.identity.domain.Caller.SYSTEM_NAME);
        }
        events.publish(new AnswersChanged(editionId));
    }

    /** Adds an edition bound to a frozen methodology version. */
    @UnitOfWork
    public Edition createEdition(Edition edition) {
        rankings.methodologyOf(edition);
        if (editions.find(edition.id()).isPresent()) {
            throw new IllegalArgumentException("ya existe la edición '" + edition.id() + "'");
        }
        editions.add(edition);
        return edition;
    }
}
