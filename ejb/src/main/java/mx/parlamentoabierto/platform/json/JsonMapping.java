package mx.parlamentoabierto.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The portal's one Jackson mapper (thread-safe once built): trees for the API's Popolo-shaped answers, the open data
 * files, the data files read on import and the search index's records. A key given twice in one object is an error
 * when reading — a file that says two things about one field is refused, not read half-way.
 */
public final class JsonMapping {

    public static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private JsonMapping() {
    }
}
