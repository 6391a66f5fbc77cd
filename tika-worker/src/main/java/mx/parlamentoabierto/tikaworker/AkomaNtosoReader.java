package mx.parlamentoabierto.tikaworker;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Akoma Ntoso (LegalDocML) documents mapped instead of flattened: document type ({@code act}, {@code bill},
 * {@code debate}, …), work date and number, title, and for debates who spoke, with each speech's text
 * introduced by its speaker. A secure StAX reader (no DTDs, no external entities) in the worker process.
 */
final class AkomaNtosoReader {

    private static final Set<String> BLOCKS = Set.of("p", "heading", "num", "title", "docTitle", "docNumber", "speech", "question",
            "answer", "article", "section", "paragraph", "chapter", "part", "clause", "item", "point", "blockList", "tr", "li",
            "preamble", "preface", "conclusions", "debateSection", "narrative", "summary", "scene", "subheading", "longTitle");

    record Result(Map<String, String> metadata, String text, boolean truncated) {
    }

    private AkomaNtosoReader() {
    }

    /** True when the file starts like an Akoma Ntoso document (a cheap look at its first bytes). */
    static boolean looksLikeAkomaNtoso(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            return start.contains("<akomaNtoso") || start.contains(":akomaNtoso");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static Result read(Path file, int writeLimit) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, String> people = new HashMap<>();
        Set<String> speakers = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        StringBuilder title = new StringBuilder();
        Deque<String> stack = new ArrayDeque<>();
        boolean truncated = false;
        boolean inMeta = false;
        boolean inTitle = false;
        boolean titleDone = false;
        String pendingSpeaker = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (stack.size() == 1 && !metadata.containsKey("akn:docType")) {
                        metadata.put("akn:docType", name);
                        String docName = xml.getAttributeValue(null, "name");
                        if (docName != null) {
                            metadata.put("akn:docName", docName);
                        }
                    }
                    stack.push(name);
                    if (stack.size() > 200) {
                        throw new IllegalStateException("anidamiento XML excesivo");
                    }
                    switch (name) {
                        case "meta" -> inMeta = true;
                        case "FRBRdate" -> {
                            if (stack.contains("FRBRWork") && !metadata.containsKey("akn:date")) {
                                put(metadata, "akn:date", xml.getAttributeValue(null, "date"));
                            }
                        }
                        case "FRBRnumber" -> {
                            if (stack.contains("FRBRWork") && !metadata.containsKey("akn:number")) {
                                put(metadata, "akn:number", xml.getAttributeValue(null, "value"));
                            }
                        }
                        case "FRBRthis" -> {
                            if (stack.contains("FRBRWork") && !metadata.containsKey("akn:work")) {
                                put(metadata, "akn:work", xml.getAttributeValue(null, "value"));
                            }
                        }
                        case "FRBRalias" -> {
                            if (!metadata.containsKey("akn:alias")) {
                                put(metadata, "akn:alias", xml.getAttributeValue(null, "value"));
                            }
                        }
                        case "TLCPerson" -> {
                            String id = xml.getAttributeValue(null, "id");
                            if (id == null) {
                                id = xml.getAttributeValue(null, "eId");
                            }
                            String showAs = xml.getAttributeValue(null, "showAs");
                            if (id != null && showAs != null) {
                                people.put(id, showAs);
                            }
                        }
                        case "docTitle" -> inTitle = !titleDone;
                        case "speech", "question", "answer" -> {
                            String by = xml.getAttributeValue(null, "by");
                            pendingSpeaker = by == null ? null : people.getOrDefault(by.replaceFirst("^#", ""), null);
                            if (pendingSpeaker != null) {
                                speakers.add(pendingSpeaker);
                            }
                        }
                        default -> {
                            // other elements only contribute their text
                        }
                    }
                    if (!inMeta && BLOCKS.contains(name) && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append('\n');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = stack.pop();
                    if ("meta".equals(name)) {
                        inMeta = false;
                    } else if ("docTitle".equals(name) && inTitle) {
                        inTitle = false;
                        titleDone = title.length() > 0;
                    } else if ("from".equals(name) && pendingSpeaker != null) {
                        pendingSpeaker = null;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !inMeta) {
                    String chunk = xml.getText().replaceAll("\\s+", " ");
                    if (chunk.isBlank()) {
                        continue;
                    }
                    if (inTitle) {
                        title.append(chunk);
                    }
                    if ("from".equals(stack.peek()) && pendingSpeaker == null) {
                        speakers.add(chunk.replaceAll("[:\\s]+$", "").strip());
                    }
                    if (text.length() + chunk.length() > writeLimit) {
                        truncated = true;
                        break;
                    }
                    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                    text.append(chunk.strip());
                }
            }
            xml.close();
        }
        String docTitle = title.toString().replaceAll("\\s+", " ").strip();
        put(metadata, "akn:title", docTitle.isEmpty() ? metadata.get("akn:alias") : docTitle);
        if (!speakers.isEmpty()) {
            metadata.put("akn:speakers", mx.parlamentoabierto.tikaprotocol.WorkerAnswer.joinValues(speakers));
        }
        metadata.put("contentType", "application/akn+xml");
        if (metadata.containsKey("akn:title")) {
            metadata.put("title", metadata.get("akn:title"));
        }
        return new Result(metadata, text.toString().strip(), truncated);
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
