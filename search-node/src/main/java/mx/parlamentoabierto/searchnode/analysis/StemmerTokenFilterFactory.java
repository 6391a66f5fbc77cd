package mx.parlamentoabierto.searchnode.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * {@code stemmer} for the Spanish languages Elasticsearch names; any other language is rejected when the
 * index is created, so a setting this node cannot honour never silently analyses differently.
 */
@NamedComponent("stemmer")
public class StemmerTokenFilterFactory implements TokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer;

    @Inject
    public StemmerTokenFilterFactory(StemmerSettings settings) {
        this.stemmer = stemmerFor(settings.language());
    }

    static UnaryOperator<TokenStream> stemmerFor(String language) {
        String name = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "light_spanish" -> SpanishLightStemFilter::new;
            case "minimal_spanish" -> SpanishMinimalStemFilter::new;
            case "spanish" -> ts -> new SnowballFilter(ts, new SpanishStemmer());
            default -> throw new IllegalArgumentException("stemmer language [" + language
                    + "] is not provided by the parlamento-analysis plugin; use light_spanish, minimal_spanish or spanish");
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
