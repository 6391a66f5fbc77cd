package mx.parlamentoabierto.searchnode.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Settings of the {@code asciifolding} filter, as in Elasticsearch's analysis-common module. */
@AnalysisSettings
public interface AsciiFoldingSettings {

    /** Emit the original token next to the folded one ("sesión" and "sesion"). */
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
}
