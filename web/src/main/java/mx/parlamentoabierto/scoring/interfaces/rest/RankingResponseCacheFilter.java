package mx.parlamentoabierto.scoring.interfaces.rest;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.scoring.application.EditionRanking;
import mx.parlamentoabierto.scoring.application.RankingService;

/**
 * Serves {@code GET /api/editions/{id}/rankings} straight from the rendered JSON of the current ranking,
 * without the JAX-RS pipeline, when that JSON exists. Anything else — first request, unknown edition,
 * invalid aggregation, other query parameters — goes through {@link EditionResource} as usual, which also
 * renders the JSON this filter serves. Rankings are the most requested public resource; this keeps them
 * cheap (see docs/decisions/0005-rankings-fast-path.md and ./parlamento bench rankings).
 */
public class RankingResponseCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/api/editions/([a-z0-9]+(?:-[a-z0-9]+)*)/rankings");

    @Inject
    RankingService rankings;
    @Inject
    RenderedRankings rendered;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            Matcher m = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            String aggregation = request.getParameter("aggregation");
            boolean onlyKnownParameters = request.getParameterMap().keySet().stream().allMatch("aggregation"::equals);
            Optional<Aggregation> parsed = aggregation == null || aggregation.isBlank() ? Optional.empty() : Aggregation.fromName(aggregation);
            if (m.matches() && onlyKnownParameters && (aggregation == null || aggregation.isBlank() || parsed.isPresent())) {
                // only the rankings everyone may see are served from here; the others go through the resource's checks
                Optional<EditionRanking> current = rankings.cachedRanking(m.group(1), parsed).filter(r -> r.edition().publiclyVisible());
                Optional<byte[]> json = current.flatMap(rendered::renderedJson);
                if (json.isPresent()) {
                    response.setStatus(200);
                    response.setContentType("application/json;charset=UTF-8");
                    response.setContentLength(json.get().length);
                    response.getOutputStream().write(json.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
