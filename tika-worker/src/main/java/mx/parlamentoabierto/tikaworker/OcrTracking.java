package mx.parlamentoabierto.tikaworker;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ContentHandlerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Watches a document's XHTML on its way to the text handler and records what OCR read: which pages of the container
 * (the PDF parser's {@code <div class="page">}) were read by Tesseract (its hOCR {@code ocr_page}), how many words and
 * their mean confidence ({@code x_wconf} of {@code ocrx_word}), and OCR in embedded documents. Once the page or time
 * budget is spent it switches OCR off for the rest of the document. The text itself passes through unchanged.
 */
final class OcrTracking {

    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+)");

    private final TesseractOCRConfig tesseract;
    private final int maxPages;
    private final long deadline;
    /** 1-based pages of the container read by OCR. */
    final List<Integer> pages = new ArrayList<>();
    int embeddedPages;
    long words;
    long confidenceSum;
    String stoppedBecause;
    private int handlers;

    OcrTracking(TesseractOCRConfig tesseract, int maxPages, int documentSeconds) {
        this.tesseract = tesseract;
        this.maxPages = maxPages;
        this.deadline = System.nanoTime() + documentSeconds * 1_000_000_000L;
    }

    /** Decorates every handler the factory makes: the first is the container's, later ones embedded documents'. */
    ContentHandlerFactory around(ContentHandlerFactory factory) {
        return new ContentHandlerFactory() {
            @Override
            public ContentHandler getNewContentHandler() {
                return watch(factory.getNewContentHandler(), handlers++ == 0);
            }

            @Override
            public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
                return watch(factory.getNewContentHandler(os, charset), handlers++ == 0);
            }
        };
    }

    private ContentHandler watch(ContentHandler delegate, boolean container) {
        return new ContentHandlerDecorator(delegate) {
            private int page;
            /** Elements open inside an OCR result ({@code <div class="ocr">}); 0 outside one. */
            private int ocrDepth;
            /** The hOCR classes of the open elements inside it. */
            private final java.util.ArrayDeque<String> classes = new java.util.ArrayDeque<>();
            private boolean spaced = true;

            @Override
            public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
                String cls = atts.getValue("class");
                if (ocrDepth > 0) {
                    ocrDepth++;
                    classes.push(cls == null ? "" : cls);
                } else if ("ocr".equals(cls)) {
                    ocrDepth = 1;
                }
                if (cls != null) {
                    switch (cls) {
                        case "page" -> page++;
                        case "ocr_page" -> ocrPage(container, page);
                        case "ocrx_word" -> word(atts.getValue("title"));
                        default -> { }
                    }
                }
                super.startElement(uri, localName, name, atts);
            }

            @Override
            public void endElement(String uri, String localName, String name) throws SAXException {
                super.endElement(uri, localName, name);
                if (ocrDepth > 0 && --ocrDepth > 0 && "ocr_line".equals(classes.pop())) {
                    // the end of an hOCR line: one line break, not the indentation of the hOCR's XML
                    super.characters(new char[] {'\n'}, 0, 1);
                    spaced = true;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (ocrDepth == 0) {
                    super.characters(ch, start, length);
                    return;
                }
                // hOCR is indented XML: inside it, every run of white space is one space
                StringBuilder out = new StringBuilder(length);
                for (int i = start; i < start + length; i++) {
                    if (Character.isWhitespace(ch[i])) {
                        if (!spaced) {
                            out.append(' ');
                            spaced = true;
                        }
                    } else {
                        out.append(ch[i]);
                        spaced = false;
                    }
                }
                if (out.length() > 0) {
                    super.characters(out.toString().toCharArray(), 0, out.length());
                }
            }
        };
    }

    private void ocrPage(boolean container, int page) {
        if (container) {
            pages.add(Math.max(1, page));
        } else {
            embeddedPages++;
        }
        if (pages.size() + embeddedPages >= maxPages && stoppedBecause == null) {
            stoppedBecause = "el OCR se limitó a " + maxPages + " páginas";
            tesseract.setSkipOcr(true);
        } else if (System.nanoTime() > deadline && stoppedBecause == null) {
            stoppedBecause = "el OCR se detuvo al agotar su tiempo por documento";
            tesseract.setSkipOcr(true);
        }
    }

    private void word(String title) {
        if (title == null) {
            return;
        }
        Matcher m = CONFIDENCE.matcher(title);
        if (m.find()) {
            words++;
            confidenceSum += Integer.parseInt(m.group(1));
        }
    }

    boolean used() {
        return !pages.isEmpty() || embeddedPages > 0;
    }

    /** "1-3,7": the container's pages read by OCR, ranges joined. */
    String pageList() {
        StringBuilder out = new StringBuilder();
        List<Integer> sorted = pages.stream().distinct().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            int start = sorted.get(i);
            int end = start;
            while (i + 1 < sorted.size() && sorted.get(i + 1) == end + 1) {
                end = sorted.get(++i);
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(start == end ? String.valueOf(start) : start + "-" + end);
        }
        return out.toString();
    }

    /** Mean word confidence, 0–100, or -1 without words. */
    double confidence() {
        return words == 0 ? -1 : (double) confidenceSum / words;
    }
}
