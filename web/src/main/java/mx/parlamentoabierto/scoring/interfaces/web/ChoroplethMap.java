package mx.parlamentoabierto.scoring.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;

/**
 * A choropleth map of Mexico drawn on the server as SVG (it works without scripts): the shapes of
 * {@code config/maps/mexico.svg} (32 states, CC BY 4.0, attribution kept), each coloured by a value of the legislature
 * {@code config/maps/mexico.json} maps it to, linked to that legislature's page, with a title that says the value, and
 * a legend. The five classes use the viridis scale, which people with the common colour-vision deficiencies tell apart
 * and which stays ordered in grey; a state without a value is light grey with the words "sin dato" in its title.
 */
@ApplicationScoped
public class ChoroplethMap {

    private static final Logger LOG = Logger.getLogger(ChoroplethMap.class.getName());
    private static final Pattern PATH = Pattern.compile("<path\\s+id=\"([a-z]+)\"\\s+aria-label=\"([^\"]*)\"\\s+d=\"([^\"]+)\"");
    /** viridis, five steps, dark (low) to light (high). */
    static final List<String> COLOURS = List.of("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725");
    static final String NO_DATA = "#e6e6e6";

    @Inject
    PortalConfiguration configuration;

    private volatile Shapes shapes;

    /** The map file read once: each shape's path data and the legislature it belongs to, the view box, the attribution. */
    public record Shapes(String viewBox, Map<String, String> paths, Map<String, String> legislatureOf, String attribution, String attributionUrl) {
    }

    /** One legislature's value on the map (0–100; null when it has none) and where its shape links. */
    public record Value(Double percent, String label, String href) {
    }

    public Shapes shapes() {
        Shapes loaded = shapes;
        if (loaded == null) {
            loaded = load(configuration.configDir().resolve("maps"));
            shapes = loaded;
        }
        return loaded;
    }

    static Shapes load(Path dir) {
        try (InputStream in = Files.newInputStream(dir.resolve("mexico.json"))) {
            JsonNode config = mx.parlamentoabierto.platform.json.JsonMapping.MAPPER.readTree(in);
            String svg = Files.readString(dir.resolve(config.path("svg").asText("mexico.svg")));
            Matcher box = Pattern.compile("viewBox=\"([0-9. ]+)\"").matcher(svg);
            Map<String, String> paths = new LinkedHashMap<>();
            Matcher m = PATH.matcher(svg);
            while (m.find()) {
                paths.put(m.group(1), m.group(3));
            }
            Map<String, String> legislatureOf = new LinkedHashMap<>();
            config.path("shapes").fields().forEachRemaining(e -> legislatureOf.put(e.getKey(), e.getValue().asText()));
            return new Shapes(box.find() ? box.group(1) : "0 0 793 498", paths, legislatureOf, config.path("attribution").asText(""),
                    config.path("attributionUrl").asText(""));
        } catch (IOException | RuntimeException e) {
            LOG.warning("No se pudo leer el mapa de config/maps: " + e.getMessage());
            return new Shapes("0 0 793 498", Map.of(), Map.of(), "", "");
        }
    }

    /** The legislature ids the map draws; the others (federal chambers) are listed beside it. */
    public List<String> drawn() {
        return new ArrayList<>(shapes().legislatureOf().values());
    }

    /** The class (0–4) of a percentage: 20-point bands. */
    static int band(double percent) {
        return Math.max(0, Math.min(4, (int) Math.floor(percent / 20.0)));
    }

    public static String colour(Double percent) {
        return percent == null ? NO_DATA : COLOURS.get(band(percent));
    }

    /**
     * The map as SVG markup, every value and name escaped. {@code titleId} names the element that describes it (the
     * page's heading), as {@code aria-labelledby}.
     */
    public String svg(Map<String, Value> values, String titleId, String noData) {
        Shapes s = shapes();
        StringBuilder out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"choropleth\" viewBox=\"").append(s.viewBox())
                .append("\" role=\"group\" aria-labelledby=\"").append(PortalErrors.escape(titleId)).append("\" focusable=\"false\">");
        for (Map.Entry<String, String> shape : s.paths().entrySet()) {
            String legislature = s.legislatureOf().get(shape.getKey());
            Value v = legislature == null ? null : values.get(legislature);
            String title = v == null ? noData : v.label() + ": " + (v.percent() == null ? noData : String.format(Locale.ROOT, "%.1f %%", v.percent()));
            String path = "<path d=\"" + PortalErrors.escape(shape.getValue()) + "\""
                    + (legislature == null ? "" : " data-legislature=\"" + PortalErrors.escape(legislature) + "\"")
                    + " fill=\"" + colour(v == null ? null : v.percent())
                    + "\" stroke=\"#ffffff\" stroke-width=\"0.8\"><title>" + PortalErrors.escape(title) + "</title></path>";
            if (v != null && v.href() != null) {
                out.append("<a href=\"").append(PortalErrors.escape(v.href())).append("\">").append(path).append("</a>");
            } else {
                out.append(path);
            }
        }
        return out.append("</svg>").toString();
    }

    /** The legend's classes: colour and range, low to high. */
    public List<String[]> legend() {
        List<String[]> bands = new ArrayList<>();
        for (int i = 0; i < COLOURS.size(); i++) {
            bands.add(new String[] {COLOURS.get(i), (i * 20) + "–" + (i == COLOURS.size() - 1 ? 100 : (i + 1) * 20 - 0.1) + " %"});
        }
        return bands;
    }
}
