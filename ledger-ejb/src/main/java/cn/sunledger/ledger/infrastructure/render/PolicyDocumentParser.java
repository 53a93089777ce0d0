package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the plain text of a published policy document, as copied from a government web page or PDF, into
 * notice blocks and metadata:
 * <ol>
 * <li>page furniture (breadcrumbs, metadata panels, buttons) is recognised and dropped, its metadata kept;</li>
 * <li>the document proper is located by its opening purpose clause and the title above it; anything before the
 * title (news lead, cover letter, cover page) is preamble, read for issuer, document number and date only;</li>
 * <li>the body becomes tables, numbered headings and paragraphs.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class PolicyDocumentParser {

    /** Parses one document's text; metadata the text does not state is null. */
    public ParsedPolicyDocument parse(String text) {
        List<String> rawLines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        PolicyPageFurniture furnitureRules = new PolicyPageFurniture();
        boolean[] furniture = new boolean[rawLines.size()];
        List<String> content = new ArrayList<>(rawLines.size());
        for (int i = 0; i < rawLines.size(); i++) {
            String line = PolicyText.clean(rawLines.get(i));
            furniture[i] = furnitureRules.isFurniture(line);
            content.add(furniture[i] ? "" : line);
        }
        PolicyTitleFinder.Result located = PolicyTitleFinder.find(content);
        List<String> preamble = content.subList(0, located.titleStart()).stream()
                .filter(line -> !line.isEmpty()).toList();
        Map<String, String> panel = furnitureRules.metadata();
        List<Block> blocks = new PolicyBodyReader(rawLines, furniture).read(located.bodyStart());
        return new ParsedPolicyDocument(located.title(),
                PolicyMetadataExtractor.issuer(preamble, panel),
                PolicyMetadataExtractor.docNumber(preamble, panel),
                PolicyMetadataExtractor.date(preamble, panel),
                blocks);
    }

    /**
     * Parses a demo document from the classpath; what its text does not state is taken from the source listing,
     * so the result always has a title and an issuer.
     */
    public ParsedPolicyDocument parse(PolicyDocumentSource source) {
        ParsedPolicyDocument parsed = parse(readResource(source.resourcePath()));
        return new ParsedPolicyDocument(
                parsed.title() != null ? parsed.title() : source.title(),
                parsed.issuer() != null ? parsed.issuer() : source.issuer(),
                parsed.docNumber() != null ? parsed.docNumber() : source.docNumber(),
                parsed.date() != null ? parsed.date() : source.date(),
                parsed.blocks());
    }

    private static String readResource(String path) {
        try (InputStream in = PolicyDocumentParser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
