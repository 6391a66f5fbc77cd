package mx.parlamentoabierto.opendata.interfaces.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.opendata.application.OpenData;
import mx.parlamentoabierto.opendata.domain.DatasetDefinition;
import mx.parlamentoabierto.opendata.domain.DatasetVersion;

/** {@code datos.xhtml}: every dataset with its latest files, hashes and codebook, its earlier versions, and the licence. */
@Named
@RequestScoped
public class OpenDataPage {

    @Inject
    OpenData openData;

    @Inject
    mx.parlamentoabierto.legislature.application.LegislatureCatalog legislatures;

    /** Every legislature: its Popolo file and its feed of new documents. */
    public List<mx.parlamentoabierto.legislature.domain.Legislature> getLegislatures() {
        return legislatures.all();
    }

    private List<Entry> entries;

    /** A dataset as the page lists it. */
    public record Entry(DatasetDefinition definition, List<DatasetVersion> versions) {

        public DatasetVersion latest() {
            return versions.isEmpty() ? null : versions.get(0);
        }

        public List<DatasetVersion> earlier() {
            return versions.size() <= 1 ? List.of() : versions.subList(1, Math.min(versions.size(), 11));
        }
    }

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = new ArrayList<>();
            for (DatasetDefinition d : openData.definitions()) {
                entries.add(new Entry(d, openData.versions(d.name())));
            }
        }
        return entries;
    }

    public String getLicence() {
        return openData.licence();
    }

    public String getLicenceUrl() {
        return openData.licenceUrl();
    }
}
