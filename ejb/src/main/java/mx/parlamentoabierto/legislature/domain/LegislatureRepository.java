package mx.parlamentoabierto.legislature.domain;

import java.util.List;
import java.util.Optional;

/** Where legislatures are kept. */
public interface LegislatureRepository {

    List<Legislature> findAll();

    Optional<Legislature> find(String id);

    void save(Legislature legislature);
}
