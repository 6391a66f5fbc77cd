package mx.parlamentoabierto.platform.interfaces.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.platform.InvalidInputException;

/**
 * A list's page as the API takes it ({@code page} from 1, {@code per_page} up to {@link #MAX}) and reports it, the way
 * Open States' API does: {@code "pagination": {"page", "per_page", "max_page", "total_items"}}.
 */
public record Paging(int page, int perPage) {

    public static final int MAX = 200;

    public static Paging of(Integer page, Integer perPage, int defaultPerPage) {
        int p = page == null ? 1 : page;
        int size = perPage == null ? defaultPerPage : perPage;
        if (p < 1 || p > 100_000) {
            throw new InvalidInputException("page", "page: debe ser un número de 1 en adelante, recibido " + p);
        }
        if (size < 1 || size > MAX) {
            throw new InvalidInputException("per_page", "per_page: debe estar entre 1 y " + MAX + ", recibido " + size);
        }
        return new Paging(p, size);
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    public void write(ObjectNode root, long total) {
        ObjectNode pagination = root.putObject("pagination");
        pagination.put("page", page);
        pagination.put("per_page", perPage);
        pagination.put("max_page", Math.max(1, (total + perPage - 1) / perPage));
        pagination.put("total_items", total);
    }
}
