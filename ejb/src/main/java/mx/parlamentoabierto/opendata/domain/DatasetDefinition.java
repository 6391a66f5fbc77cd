package mx.parlamentoabierto.opendata.domain;

import java.util.List;
import java.util.Objects;

/** A dataset: its name (in URLs and file names), title, what it holds and its columns. */
public record DatasetDefinition(String name, String title, String description, List<DatasetColumn> columns) {

    public DatasetDefinition {
        Objects.requireNonNull(name);
        if (!name.matches("[a-z][a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("dataset name: " + name);
        }
        columns = List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(DatasetColumn::name).toList();
    }
}
