package mx.parlamentoabierto.opendata.domain;

import java.util.List;
import java.util.Optional;

/** The published versions of the datasets (port; JPA adapter in the feature's infrastructure). Never changed or removed. */
public interface DatasetVersions {

    /** Every version of a dataset, in no particular order. */
    List<DatasetVersion> of(String dataset);

    /** The newest version of a dataset by build time. */
    Optional<DatasetVersion> latest(String dataset);

    void add(DatasetVersion version);
}
