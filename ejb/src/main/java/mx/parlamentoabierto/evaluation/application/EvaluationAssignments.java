package mx.parlamentoabierto.evaluation.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.NotSignedInException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionRepository;
import mx.parlamentoabierto.scoring.domain.EditionState;

/**
 * Who evaluates and who reviews each legislature of an edition, how far each assignment is, and what each person
 * has to do across editions.
 * Every operation is one unit of work with its audit entry; the rules shared by the use cases are in
 * {@link EvaluationRules}.
 */
@ApplicationScoped
public class EvaluationAssignments {

    private Database database;
    private EditionRepository editions;
    private AnswerRepository answers;
    private EvaluationRecords records;
    private LegislatureRepository legislatures;
    private RankingService rankings;
    private Accounts accounts;
    private AuditTrail audit;
    private EvaluationRules rules;

    protected EvaluationAssignments() {
        // CDI proxy
    }

    @Inject
    public EvaluationAssignments(Database database, EditionRepository editions, AnswerRepository answers,
            EvaluationRecords records, LegislatureRepository legislatures, RankingService rankings, Accounts accounts,
            AuditTrail audit, EvaluationRules rules) {
        this.database = database;
        this.editions = editions;
        this.answers = answers;
        this.records = records;
        this.legislatures = legislatures;
        this.rankings = rankings;
        this.accounts = accounts;
        this.audit = audit;
        this.rules = rules;
    }

    /** Assigns a legislature of the edition to an evaluator and a reviewer (coordinators; before review). */
    @UnitOfWork
    public Assignment assign(Caller caller, String editionId, String legislatureId, String evaluatorName, String reviewerName) {
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        if (!access.coordinates()) {
            throw new AccessDeniedException("Solo una coordinación asigna legislaturas.");
        }
        if (edition.state() != EditionState.DRAFT && edition.state() != EditionState.EVALUATION) {
            throw new ConflictException("state", "Las asignaciones se hacen en borrador o evaluación; la edición está en «"
                    + edition.state().jsonName() + "».");
        }
        if (legislatureId == null || !rules.scope(edition).contains(legislatureId)) {
            throw new InvalidInputException("legislature", "La legislatura '" + legislatureId + "' no está en el alcance de la edición.");
        }
        Account evaluator = account("evaluator", evaluatorName, Role.EVALUATOR);
        Account reviewer = account("reviewer", reviewerName, Role.REVIEWER);
        Optional<Assignment> existing = access.assignment(legislatureId);
        Map<String, Object> before = existing.map(rules::assignmentState).orElse(null);
        Assignment assignment;
        if (existing.isPresent()) {
            assignment = existing.get();
            assignment.reassign(evaluator.id(), reviewer.id());
        } else {
            assignment = new Assignment(editionId, legislatureId, evaluator.id(), reviewer.id());
            records.add(assignment);
        }
        database.flush();
        audit.record(caller, existing.isPresent() ? "assignment.changed" : "assignment.created",
                new AuditTrail.Subject("assignment", editionId + "/" + legislatureId, editionId), before, rules.assignmentState(assignment));
        return assignment;
    }

    private Account account(String field, String name, Role role) {
        Account account = name == null ? null : accounts.findByName(name).filter(Account::active).orElse(null);
        if (account == null) {
            throw new InvalidInputException(field, "No existe la cuenta '" + name + "'.");
        }
        if (!account.has(role)) {
            throw new InvalidInputException(field, "La cuenta '" + name + "' no tiene el rol " + role.jsonName() + ".");
        }
        return account;
    }

    /** Progress of every assignment the caller may see (all of them for coordinators, their own otherwise). */
    @UnitOfWork
    public List<Progress> progress(Caller caller, String editionId) {
        EditionAccess access = rules.visible(caller, editionId);
        Methodology methodology = rankings.methodologyOf(access.edition());
        List<Progress> out = new ArrayList<>();
        for (Assignment a : access.assignments()) {
            if (access.canSeeWork(a.legislatureId())) {
                out.add(progressOf(a, methodology));
            }
        }
        return out;
    }

    private Progress progressOf(Assignment a, Methodology methodology) {
        List<Answer> given = answers.readOnly(a.editionId(), a.legislatureId());
        Map<Integer, int[]> byPrinciple = new LinkedHashMap<>();
        methodology.principles().forEach(p -> byPrinciple.put(p.number(), new int[] {0, p.variables().size()}));
        int submitted = 0;
        int accepted = 0;
        int returned = 0;
        List<String> returnedVariables = new ArrayList<>();
        for (Answer answer : given) {
            methodology.variable(answer.variableId()).ifPresent(v -> byPrinciple.get(v.principle())[0]++);
            switch (answer.status()) {
                case SUBMITTED -> submitted++;
                case ACCEPTED -> accepted++;
                case RETURNED -> {
                    returned++;
                    returnedVariables.add(answer.variableId());
                }
                default -> { }
            }
        }
        int openObjections = (int) records.objections(a.editionId(), a.legislatureId()).stream().filter(Objection::open).count();
        String legislatureName = legislatures.find(a.legislatureId()).map(Legislature::name).orElse(a.legislatureId());
        return new Progress(a, legislatureName, rules.nameOf(a.evaluatorId()), rules.nameOf(a.reviewerId()), given.size(),
                methodology.variables().size(), submitted, accepted, returned, byPrinciple, List.copyOf(returnedVariables),
                openObjections);
    }

    /** What the caller has to do, edition by edition (editions they coordinate, are assigned in, or reply to). */
    @UnitOfWork
    public List<WorkItem> work(Caller caller) {
        if (!caller.signedIn()) {
            throw new NotSignedInException("Hace falta iniciar sesión.");
        }
        List<WorkItem> items = new ArrayList<>();
        for (Edition edition : editions.findAll()) {
            if (edition.demo()) {
                continue;
            }
            EditionAccess access = rules.access(caller, edition);
            List<String> roles = new ArrayList<>();
            if (access.coordinates()) {
                roles.add("coordinator");
            }
            if (access.assignments().stream().anyMatch(a -> access.evaluates(a.legislatureId()))) {
                roles.add("evaluator");
            }
            if (access.assignments().stream().anyMatch(a -> access.reviews(a.legislatureId()))) {
                roles.add("reviewer");
            }
            if (caller.legislatureId() != null && access.replies(caller.legislatureId())) {
                roles.add("staff");
            }
            if (roles.isEmpty()) {
                continue;
            }
            Methodology methodology = rankings.methodologyOf(edition);
            List<Progress> progress = access.assignments().stream().filter(a -> access.canSeeWork(a.legislatureId()))
                    .map(a -> progressOf(a, methodology)).toList();
            items.add(new WorkItem(edition, roles, progress));
        }
        return items;
    }

}
