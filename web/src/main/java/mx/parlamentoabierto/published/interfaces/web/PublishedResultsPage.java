package mx.parlamentoabierto.published.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.published.application.PublishedResults;
import mx.parlamentoabierto.published.domain.PublishedResult;

/** {@code resultados-publicados.xhtml}: third-party published figures with their sources. */
@Named
@RequestScoped
public class PublishedResultsPage {

    @Inject
    PublishedResults results;

    public List<PublishedResult> getResults() {
        return results.all();
    }

    public List<Integer> getPrincipleNumbers() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
