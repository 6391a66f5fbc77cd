package mx.parlamentoabierto.opendata.application;

import mx.parlamentoabierto.opendata.domain.DatasetDefinition;

/** Where a dataset's rows come from: its definition, a cheap fingerprint of its data, and every row in a stable order. */
public interface DatasetSource {

    DatasetDefinition definition();

    /** A short summary of the data (counts, latest changes): when it moves, the dataset is built again. */
    String fingerprint();

    /** Hands every row, its values in the definition's column order, to {@code sink} — a page at a time, never all at once. */
    void rows(RowSink sink);

    /** Receives rows as they are read. */
    interface RowSink {
        void row(Object[] values);
    }
}
