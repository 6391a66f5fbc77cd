package mx.parlamentoabierto.scoring.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.AnswersChanged;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionChanged;
import mx.parlamentoabierto.scoring.domain.EditionRepository;
import mx.parlamentoabierto.scoring.domain.LegislatureScore;
import mx.parlamentoabierto.scoring.domain.RankedScore;
import mx.parlamentoabierto.scoring.domain.ScoringEngine;

/**
 * Rankings and scorecards of an edition, computed from its stored answers every time they change.
 * The computed ranking is kept in memory per (edition, aggregation) and dropped whenever an answer of the
 * edition is written through {@link AnswerService}; nothing computed is ever stored in the database.
 */
@ApplicationScoped
public class RankingService {

    private Database database;
    private EditionRepository editions;
    private AnswerRepository answers;
    private LegislatureRepository legislatures;
    private MethodologyCatalog methodologies;
    private final Map<String, EditionRanking> computed = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    protected RankingService() {
        // CDI proxy
    }

    @Inject
    public RankingService(Database database, EditionRepository editions, AnswerRepository answers,
            LegislatureRepository legislatures, MethodologyCatalog methodologies) {
        this.database = database;
        this.editions = editions;
        this.answers = answers;
        this.legislatures = legislatures;
        this.methodologies = methodologies;
    }

    /** The editions everyone may see (published ones and the demonstration edition), newest first. */
    @UnitOfWork
    public List<Edition> editions() {
        return editions.findAll().stream().filter(Edition::publiclyVisible).toList();
    }

    @UnitOfWork
    public Optional<Edition> edition(String id) {
        if (id == null || !Edition.ID_PATTERN.matcher(id).matches()) {
            return Optional.empty();
        }
        return editions.find(id);
    }

    /** @throws ResourceNotFoundException when there is no edition with that id */
    @UnitOfWork
    public Edition requireEdition(String id) {
        return edition(id).orElseThrow(() -> new ResourceNotFoundException("No existe la edición '" + id + "'"));
    }

    /** Newest year first; a real edition before a demonstration one of the same year. */
    private static final Comparator<Edition> NEWEST = Comparator.comparingInt(Edition::year).reversed()
            .thenComparing(Edition::demo).thenComparing(Edition::id);

    /**
     * The edition the portal shows by default (home, rankings): the one a coordinator made the headline most recently;
     * until one is chosen, the newest public edition that evaluates every legislature of the registry (the
     * demonstration edition at worst) — never merely the last one published, which may be a partial or trial edition.
     */
    @UnitOfWork
    public Optional<Edition> headlineEdition() {
        List<Edition> visible = editions();
        Optional<Edition> chosen = visible.stream().filter(e -> e.headlineSince().isPresent())
                .max(Comparator.comparing((Edition e) -> e.headlineSince().orElseThrow()));
        if (chosen.isPresent()) {
            return chosen;
        }
        int registry = registrySize();
        return visible.stream().filter(e -> !e.partial(registry)).min(NEWEST).or(() -> visible.stream().min(NEWEST));
    }

    /** The edition a legislature's scorecard shows by default: the headline if it evaluated it, else the newest that did. */
    @UnitOfWork
    public Optional<Edition> latestEvaluating(String legislatureId) {
        Optional<Edition> headline = headlineEdition().filter(e -> e.inScope(legislatureId));
        return headline.isPresent() ? headline : editions().stream().filter(e -> e.inScope(legislatureId)).min(NEWEST);
    }

    /** The edition with this id, or the headline edition when no id is given. */
    @UnitOfWork
    public Optional<Edition> editionOrLatest(String id) {
        return id == null || id.isBlank() ? headlineEdition() : edition(id);
    }

    /** Legislatures in the registry: what "every legislature" means for an edition's scope. */
    @UnitOfWork
    public int registrySize() {
        return legislatures.findAll().size();
    }

    public Methodology methodologyOf(Edition edition) {
        return methodologies.byKey(edition.methodologyKey()).orElseThrow(() -> new IllegalStateException(
                "edition " + edition.id() + " refers to unknown methodology " + edition.methodologyKey()));
    }

    /**
     * The edition's ranking; {@code aggregation} empty means the methodology's default. Served from the
     * computation kept in memory until an answer of the edition changes (no database access on a hit).
     */
    @UnitOfWork
    public EditionRanking ranking(String editionId, Optional<Aggregation> aggregation) {
        String requestedKey = editionId + "|" + aggregation.map(Aggregation::name).orElse("DEFAULT");
        EditionRanking cached = computed.get(requestedKey);
        if (cached != null) {
            return cached;
        }
        Edition edition = requireEdition(editionId);
        Methodology methodology = methodologyOf(edition);
        Aggregation chosen = aggregation.orElse(methodology.defaultAggregation());
        EditionRanking ranking = computed.computeIfAbsent(editionId + "|" + chosen.name(), key -> compute(edition, methodology, chosen));
        computed.putIfAbsent(requestedKey, ranking);
        return ranking;
    }

    /** The ranking if it is already computed and current; never touches the database. */
    public Optional<EditionRanking> cachedRanking(String editionId, Optional<Aggregation> aggregation) {
        return Optional.ofNullable(computed.get(editionId + "|" + aggregation.map(Aggregation::name).orElse("DEFAULT")));
    }

    private EditionRanking compute(Edition edition, Methodology methodology, Aggregation aggregation) {
        // an edition ranks the legislatures in its scope (the demonstration edition: all of them)
        List<Legislature> registry = legislatures.findAll().stream().filter(l -> edition.inScope(l.id())).toList();
        Map<String, Map<String, Integer>> values = answers.valuesByLegislature(edition.id());
        List<LegislatureScore> scores = new ArrayList<>();
        for (Legislature legislature : registry) {
            scores.add(ScoringEngine.score(legislature.id(), methodology, values.getOrDefault(legislature.id(), Map.of()), aggregation));
        }
        Map<String, Legislature> byId = registry.stream().collect(Collectors.toMap(Legislature::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        List<RankedScore> ranked = ScoringEngine.rank(scores,
                Comparator.comparing((LegislatureScore s) -> byId.get(s.legislatureId()).name()));
        return new EditionRanking(edition, methodology, aggregation, ranked, byId);
    }

    @UnitOfWork
    public Scorecard scorecard(String editionId, String legislatureId, Optional<Aggregation> aggregation) {
        EditionRanking ranking = ranking(editionId, aggregation);
        Legislature legislature = ranking.legislatures().get(legislatureId);
        if (legislature == null) {
            throw new ResourceNotFoundException("No existe la legislatura '" + legislatureId + "'");
        }
        RankedScore ranked = ranking.rows().stream().filter(r -> r.score().legislatureId().equals(legislatureId)).findFirst()
                .orElseThrow();
        Map<String, Answer> byVariable = answers.forLegislature(editionId, legislatureId)
                .stream().collect(Collectors.toMap(Answer::variableId, Function.identity()));
        List<Scorecard.PrincipleSection> sections = new ArrayList<>();
        Methodology methodology = ranking.methodology();
        for (int i = 0; i < methodology.principles().size(); i++) {
            Principle principle = methodology.principles().get(i);
            List<Scorecard.VariableLine> lines = new ArrayList<>();
            for (Variable variable : principle.variables()) {
                lines.add(new Scorecard.VariableLine(variable, Optional.ofNullable(byVariable.get(variable.id()))));
            }
            sections.add(new Scorecard.PrincipleSection(principle, ranked.score().principles().get(i), lines));
        }
        return new Scorecard(ranking.edition(), methodology, ranking.aggregation(), legislature, ranked, ranking.rows().size(), sections);
    }

    /** Computed rankings of the edition are stale once its answers are written (after the commit). */
    public void answersChanged(@Observes AnswersChanged event) {
        forget(event.editionId());
    }

    /** ... and once the edition itself changes (its state decides what the public sees). */
    public void editionChanged(@Observes EditionChanged event) {
        forget(event.editionId());
    }

    /** Drops computed rankings of an edition. */
    void forget(String editionId) {
        computed.keySet().removeIf(key -> key.startsWith(editionId + "|"));
        changes.incrementAndGet();
    }

    /** How many times answers changed since startup: pages rendered from rankings are stale once it moves. */
    public long changes() {
        return changes.get();
    }
}
