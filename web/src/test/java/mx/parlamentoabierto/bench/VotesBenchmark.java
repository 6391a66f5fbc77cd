package mx.parlamentoabierto.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./parlamento bench votes}, the import half: a term's worth of roll calls generated in the SITL's markup and
 * sent to a running portal the way {@code ./parlamento scrape} sends them (one page per request, 4 at once).
 *
 * <p>The generator (seed 62, deterministic): 500 deputies in 7 groups (PRI 212, PAN 114, PRD 100, PVEM 29, MC 20, PT 15,
 * PANAL 10), each with a SITL number and a sort name; a Popolo file of them (identifier {@code sitl:LXII}) is imported
 * first, so voters are matched by number as on the real site. Each page is one vote: the harvest header
 * ({@code fch}, {@code leg}, the vote's tag, the title), then per group a marker line, one table row per deputy
 * (number, name linked by {@code iddipt}, sense of the vote drawn as 70 % a favor, 15 % en contra, 5 % abstención,
 * 7 % ausente, 2 % inasistencia justificada, 1 % sólo asistencia) and the group's printed totals, exactly as the
 * real pages lay them out (about 240 KB per page, ISO-8859-1). Prints pages per second and the URLs the shell's load
 * generator then drives. JDK only, run with the source launcher.
 */
public final class VotesBenchmark {

    private static final String[][] GROUPS = {{"Pri", "212"}, {"Pan", "114"}, {"Prd", "100"}, {"Pvem", "29"}, {"Conve", "20"}, {"Pt", "15"},
            {"Panal", "10"}};
    private static final String[] GIVEN = {"María", "José", "Juan", "Guadalupe", "Luis", "Ana", "Carlos", "Rosa", "Jorge", "Laura", "Miguel",
            "Elena", "Francisco", "Patricia", "Alejandro", "Silvia", "Ricardo", "Martha", "Fernando", "Leticia"};
    private static final String[] FAMILY = {"García", "Hernández", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar",
            "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera"};
    private static final String[] MONTHS = {"Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
            "Noviembre", "Diciembre"};

    record Deputy(int sitl, String sortName, String group) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int pages = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Deputy> deputies = deputies();

        HttpResponse<String> popolo = post(http, base + "/api/legislatures/diputados/popolo?file=bench.json", popolo(deputies), auth);
        if (popolo.statusCode() != 200) {
            throw new IllegalStateException("Popolo: " + popolo.statusCode() + " " + popolo.body());
        }
        System.out.println("legisladores generados e importados: " + deputies.size());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (int n = 1; n <= pages; n++) {
            int number = n;
            sent.add(pool.submit(() -> {
                byte[] page = page(deputies, number);
                try {
                    HttpResponse<String> r = post(http, base + "/api/scrapers/diputados-votaciones/pages?term=LXII&name=bench" + number + ".txt", page, auth);
                    if (r.statusCode() != 200) {
                        failed.incrementAndGet();
                        System.err.println("página " + number + ": " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException | InterruptedException e) {
                    failed.incrementAndGet();
                    System.err.println("página " + number + ": " + e);
                }
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("importación: %d páginas (%d votos) en %.1f s = %.1f páginas/s, %d fallidas; objetivo 1000 páginas en ≤ 60 s: %s%n",
                pages, pages * (long) deputies.size(), seconds, pages / seconds, failed.get(),
                seconds * 1000.0 / pages <= 60 ? "cumplido" : "no cumplido");
        // The archived pages are still being extracted by the Tika workers: wait, so the load below measures the pages alone.
        long waiting = System.nanoTime();
        while (true) {
            String status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/status")).build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher received = java.util.regex.Pattern.compile("\"(RECEIVED|EXTRACTED)\":(\\d+)").matcher(status);
            long pending = 0;
            while (received.find()) {
                pending += Long.parseLong(received.group(2));
            }
            if (pending == 0 || System.nanoTime() - waiting > 600e9) {
                System.out.printf("extracción de las páginas archivadas terminada %.1f s después de la importación (%d pendientes)%n",
                        (System.nanoTime() - waiting) / 1e9, pending);
                break;
            }
            Thread.sleep(1000);
        }
        HttpResponse<String> someone = http.send(HttpRequest.newBuilder(URI.create(base + "/api/people?legislature=diputados&q=Garcia&per_page=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String id = someone.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        System.out.println("PROFILE_URL=" + base + "/legislador.xhtml?id=" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8));
        System.out.println("EVENT_URL=" + base + "/votacion.xhtml?id=diputados:LXII:" + (pages / 2));
        System.out.println("PROFILE_API=" + base + "/api/people/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + "/votes");
        System.out.println("EVENT_API=" + base + "/api/vote-events/diputados:LXII:" + (pages / 2));
    }

    static List<Deputy> deputies() {
        Random random = new Random(62);
        List<Deputy> deputies = new ArrayList<>();
        int sitl = 1;
        for (String[] group : GROUPS) {
            for (int i = 0; i < Integer.parseInt(group[1]); i++) {
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]
                        + " " + GIVEN[random.nextInt(GIVEN.length)];
                deputies.add(new Deputy(sitl++, name, group[0]));
            }
        }
        return deputies;
    }

    static byte[] popolo(List<Deputy> deputies) {
        StringBuilder json = new StringBuilder("{\"organizations\":[{\"id\":\"camara\",\"name\":\"Cámara de Diputados\",\"classification\":\"legislature\"}],"
                + "\"events\":[{\"id\":\"term/62\",\"name\":\"LXII Legislatura\",\"classification\":\"legislative period\",\"start_date\":\"2012-09-01\","
                + "\"end_date\":\"2015-08-31\"}],\"persons\":[");
        for (int i = 0; i < deputies.size(); i++) {
            Deputy d = deputies.get(i);
            json.append(i == 0 ? "" : ",").append("{\"id\":\"bench-").append(d.sitl()).append("\",\"name\":\"").append(d.sortName())
                    .append("\",\"sort_name\":\"").append(d.sortName()).append("\",\"identifiers\":[{\"scheme\":\"sitl:LXII\",\"identifier\":\"")
                    .append(d.sitl()).append("\"}]}");
        }
        json.append("],\"memberships\":[");
        for (int i = 0; i < deputies.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"person_id\":\"bench-").append(deputies.get(i).sitl())
                    .append("\",\"organization_id\":\"camara\",\"legislative_period_id\":\"term/62\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One roll call in the SITL's markup, as a harvester saves it. */
    static byte[] page(List<Deputy> deputies, int number) {
        Random random = new Random(62L * 1_000_003 + number);
        int day = 1 + (number * 7) % 28;
        int month = (number / 40) % 12;
        int year = 2013 + (number / 480);
        String date = day + "-" + MONTHS[month] + "-" + year;
        StringBuilder page = new StringBuilder(260_000);
        page.append("fch = ").append(date).append(" \r\nleg = 62\r\nyr1or1-sil-").append(number).append("\r\n")
                .append("DECRETO NÚMERO ").append(number).append(" QUE REFORMA DIVERSAS DISPOSICIONES DE LA LEY GENERAL DE ")
                .append(FAMILY[number % FAMILY.length].toUpperCase()).append(" (EN LO GENERAL Y EN LO PARTICULAR)\r\n");
        for (String[] group : GROUPS) {
            page.append("emm").append(group[0]).append("VoteStart\r\n\t\t            </tr>\r\n");
            int[] counts = new int[5];
            int line = 0;
            for (Deputy d : deputies) {
                if (!d.group().equals(group[0])) {
                    continue;
                }
                int draw = random.nextInt(100);
                String sense = draw < 70 ? "A favor" : draw < 85 ? "En contra" : draw < 90 ? "Abstención" : draw < 97 ? "Ausente"
                        : draw < 99 ? "Inasistencia justificada" : "Sólo asistencia";
                counts[draw < 70 ? 0 : draw < 85 ? 1 : draw < 90 ? 2 : draw < 99 ? 4 : 3]++;
                page.append("\t\t\t   \t\t\t  <tr>\r\n\t\t\t   <td width=\"20\" valign=\"top\" class=\"textoNegro\"><span class=\"textoNegro\"><b>")
                        .append(++line).append("</B></span> </td>\r\n\t\t           <td width=\"400\" valign=\"top\" align=\"left\" class=\"textoNegro\">")
                        .append("<span class=\"textoNegro\"><a href=\"votaciones_por_pernplxii.php?iddipt=").append(d.sitl())
                        .append("&pert=1\" class=\"linkVerde\" >").append(d.sortName()).append("</a></span></td>\r\n")
                        .append("\t\t\t   <td width=\"280\" valign=\"top\" class=\"textoNegro\"><span class=\"textoNegro\"> ").append(sense)
                        .append("</span></td>\r\n\t\t\t  </tr>\r\n");
                page.append("\t\t\t\t\t\t  \r\n".repeat(12)); // the site's whitespace between rows: pages weigh ~240 KB as served
            }
            page.append("\t\t\t\t\t\t</table>\r\n\t\t</td>\r\n\t</tr>\r\n\t<TR>\r\n\t<TD>\r\n\t  <table align=\"center\" width=\"700\" border=\"0\">\r\n")
                    .append("\t    <TR bgcolor=\"#D6E2E2\">\r\n")
                    .append("\t      <td class=\"textoNegro\"><b>A favor: ").append(counts[0]).append("</b></td>\r\n")
                    .append("\t      <td class=\"textoNegro\"><b>En contra: ").append(counts[1]).append("</b></td>\r\n")
                    .append("\t      <td class=\"textoNegro\"><b>Abstenciones: ").append(counts[2]).append("</b></td>\r\n\t    </TR>\r\n")
                    .append("\t    <TR bgcolor=\"#D6E2E2\">\r\n")
                    .append("\t      <td class=\"textoNegro\"><b>Sin sentido del voto: ").append(counts[3]).append("</b></td>\r\n")
                    .append("\t      <td class=\"textoNegro\"><b>Ausentes: ").append(counts[4]).append("</b></td>\r\n")
                    .append("\t      <td class=\"textoNegro\"><b>Total: ").append(line).append("</b></td>\r\n\t    </TR>\r\n")
                    .append("\t  </table>\r\n\t</TD>\r\n\t</TR>\r\n</table>\r\n</body>\r\n</html>\r\n");
        }
        return page.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static HttpResponse<String> post(HttpClient http, String url, byte[] body, String auth) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Authorization", auth)
                .header("X-Requested-By", "bench").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
