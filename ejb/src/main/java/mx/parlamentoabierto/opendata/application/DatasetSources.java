package mx.parlamentoabierto.opendata.application;

import java.util.List;

/** Every dataset the portal publishes (port; the database's implementation reads them). */
public interface DatasetSources {

    List<DatasetSource> all();
}
