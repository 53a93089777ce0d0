package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.PolicyDocumentForm;
import cn.sunledger.ledger.application.notice.PolicyDocumentView;
import cn.sunledger.ledger.application.notice.PolicyDocuments;
import cn.sunledger.ledger.application.internal.notice.PolicyNoticeSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.render.ParsedPolicyDocument;
import cn.sunledger.ledger.infrastructure.render.PolicyDocumentParser;
import cn.sunledger.ledger.infrastructure.render.PolicyDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's published notices: the five policy documents of shared/policy-docs (copied into the build),
 * published by the prefecture bureau and posted to the prefecture and its twelve counties; 大理州's income
 * plan is also posted down to the natural villages of 光明村, as 村级公告公示要下沉到自然村 asks. Documents from
 * outside 大理州 are published as reference documents. Runs once: nothing happens if any policy document exists.
 */
@ApplicationScoped
public class DemoNotices {

    static final Caller PREFECTURE_BUREAU = new Caller("dali.bureau", "州级主管部门（演示）", Role.PREFECTURE_BUREAU,
            RegionCode.of("532900000000"));
    private static final List<String> COUNTIES = List.of("532901", "532922", "532923", "532924", "532925", "532926",
            "532927", "532928", "532929", "532930", "532931", "532932");
    private static final List<String> GUANGMING_NATURAL_VILLAGES = List.of("532922101201001", "532922101201002",
            "532922101201003");

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    PolicyDocuments documents;

    @Inject
    Notices notices;

    /** Publishes the demo notices unless policy documents already exist; returns how many were published. */
    public int publishMissing() {
        if (em.createQuery("select count(d) from PolicyDocument d", Long.class).getSingleResult() > 0) {
            return 0;
        }
        PolicyDocumentParser parser = new PolicyDocumentParser();
        int published = 0;
        for (PolicyDocumentSource source : PolicyDocumentSource.DEMO) {
            String text = read(source.resourcePath());
            ParsedPolicyDocument parsed = parser.parse(source);
            boolean dali = source.fileName().startsWith("dali");
            PolicyDocumentView doc = documents.create(PREFECTURE_BUREAU, new PolicyDocumentForm("532900000000",
                    parsed.title(), parsed.issuer(), parsed.docNumber(), parsed.date(), text, !dali));
            List<String> regions = new ArrayList<>(List.of("532900000000"));
            COUNTIES.forEach(c -> regions.add(c + "000000"));
            if (source.fileName().equals("dali-2022-income-action-plan.txt")) {
                regions.addAll(GUANGMING_NATURAL_VILLAGES);
            }
            NoticeView draft = notices.draft(PREFECTURE_BUREAU, new DraftRequest(PolicyNoticeSource.TYPE,
                    String.valueOf(doc.id()), regions, null, null));
            notices.publish(PREFECTURE_BUREAU, draft.id());
            published++;
        }
        return published;
    }

    private static String read(String resource) {
        try (InputStream in = DemoNotices.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
