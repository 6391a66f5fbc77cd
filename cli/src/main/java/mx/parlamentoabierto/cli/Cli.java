package mx.parlamentoabierto.cli;

import java.util.Arrays;
import java.util.List;

import mx.parlamentoabierto.scrapers.spi.Scrapers;

/**
 * {@code java -cp … mx.parlamentoabierto.cli.Cli <command> …}, as {@code ./parlamento} calls it. Exit status 0 when all
 * went well, 1 when the portal refused something (each refusal printed with its reason), 2 for a wrong call.
 */
public final class Cli {

    static final String USAGE = """
            uso: ./parlamento ingest <directorio-o-archivos…> --legislature <id> [--type <tipo>]
                 ./parlamento users add <usuario> --role <admin|coordinator|evaluator|reviewer|staff>… [--legislature <id>] [--display-name <texto>]
                 ./parlamento import popolo <archivo.json> --legislature <id>
                 ./parlamento import roster <padron.csv> --legislature senado|diputados
                 ./parlamento import votes <archivo.csv> --legislature <id>
                 ./parlamento import budget <archivo>… [--legislature <id>]
                 ./parlamento scrape <scraper> <directorio-o-archivos>… [--term LXII] [--parallel 4]
                 ./parlamento scrape --list
                 ./parlamento export <directorio>
            (todas aceptan --url http://localhost:8080)""";

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        try {
            if (args.isEmpty()) {
                throw new UsageException("falta la orden");
            }
            List<String> rest = args.subList(1, args.size());
            return switch (args.get(0)) {
                case "ingest" -> IngestCommand.run(Arguments.parse(rest));
                case "users" -> UsersCommand.run(rest);
                case "import" -> RecordsCommand.importFiles(Arguments.parse(rest));
                case "scrape" -> {
                    if (rest.equals(List.of("--list"))) {
                        Scrapers.print(System.out);
                        yield 0;
                    }
                    yield RecordsCommand.scrape(Arguments.parse(rest));
                }
                case "export" -> ExportCommand.run(Arguments.parse(rest));
                default -> throw new UsageException("orden desconocida: " + args.get(0));
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("no se pudo contactar el portal (¿está en marcha? ./parlamento run): " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("interrumpido");
            return 1;
        }
    }
}
