package mx.parlamentoabierto.searchnode.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** Settings of the {@code stemmer} filter, as in Elasticsearch's analysis-common module. */
@AnalysisSettings
public interface StemmerSettings {

    /** The stemmer's language, with Elasticsearch's names: {@code light_spanish}, {@code minimal_spanish}, {@code spanish}. */
    @StringSetting(path = "language", defaultValue = "light_spanish")
    String language();
}
