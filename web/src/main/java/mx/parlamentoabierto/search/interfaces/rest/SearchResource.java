package mx.parlamentoabierto.search.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;

@Path("search")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SearchResource {

    @Inject
    DocumentIndex index;

    @GET
    @Operation(summary = "Busca en el archivo: texto en español (comillas para frases), filtros, facetas y fragmentos resaltados")
    public DocumentSearchResult search(@QueryParam("q") String q, @QueryParam("legislature") List<String> legislature,
            @QueryParam("type") List<String> type, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("relevance") String sort, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new IllegalArgumentException("sort: relevance o date, recibido '" + sort + "'");
        }
        Set<String> types = new HashSet<>();
        for (String t : split(type)) {
            types.add(DocumentType.fromCode(t).orElseThrow(() -> new IllegalArgumentException("type: tipo desconocido '" + t + "'")).code());
        }
        Set<String> legislatures = new HashSet<>(split(legislature));
        for (String l : legislatures) {
            if (!l.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("legislature: id inválido '" + l + "'");
            }
        }
        return index.search(new DocumentQuery(q, legislatures, types, date("from", from), date("to", to), sort.equals("date"), page, size));
    }

    private static List<String> split(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<LocalDate> date(String name, String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": se espera AAAA-MM-DD, recibido '" + value + "'");
        }
    }
}
