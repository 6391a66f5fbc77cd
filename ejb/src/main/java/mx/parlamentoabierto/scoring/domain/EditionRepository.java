package mx.parlamentoabierto.scoring.domain;

import java.util.List;
import java.util.Optional;

public interface EditionRepository {

    List<Edition> findAll();

    Optional<Edition> find(String id);

    void add(Edition edition);
}
