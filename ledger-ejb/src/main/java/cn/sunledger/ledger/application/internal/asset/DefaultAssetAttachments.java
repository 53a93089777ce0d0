package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.AssetAttachments;
import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.application.asset.AttachmentForm;
import cn.sunledger.ledger.application.asset.AttachmentView;
import cn.sunledger.ledger.application.internal.asset.AssetAttachmentStore.NewAttachment;
import cn.sunledger.ledger.domain.model.asset.Actor;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AttachmentKind;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.FileType;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * An asset's photos and documents around the {@link Asset} aggregate: the asset decides where (its natural village,
 * for the access policy) and the store keeps the file. An attachment is not a step: it changes neither the asset nor
 * its history, so it is taken at any stage, a disposed asset's included — the papers of a disposal (成交确认书, 核销批复,
 * photos of the scrapped asset) arrive after its completion, and the archive must still receive them.
 */
@ApplicationScoped
@Transactional
public class DefaultAssetAttachments implements AssetAttachments {

    /** Scanned papers come as PDF or as a phone's JPEG or PNG; photos as either image. */
    private static final FileContent FILES = new FileContent("asset.file", FileType.PDF, FileType.JPEG, FileType.PNG);

    @Inject
    AssetStore assets;

    @Inject
    AssetAttachmentStore attachments;

    @Inject
    BusinessClock clock;

    @Override
    public AttachmentView attach(Caller caller, long assetId, AttachmentForm form) {
        Asset asset = asset(assetId);
        AccessPolicy.require(caller, Action.ATTACH_ASSET_FILE, asset.naturalVillage());
        if (form.kind() == null) {
            throw Refusals.invalid("kind", "asset.attachmentKindMissing");
        }
        byte[] content = form.content();
        FileType type = FILES.typeOf(content);
        if (form.kind() == AttachmentKind.PHOTO && !type.image()) {
            throw Refusals.rule(FileContent.FIELD, "asset.photoNotImage");
        }
        String caption = form.caption() == null || form.caption().isBlank() ? null : form.caption().strip();
        if (caption != null && caption.length() > AttachmentForm.MAX_CAPTION) {
            throw Refusals.invalid("caption", "asset.captionTooLong", AttachmentForm.MAX_CAPTION);
        }
        if (form.eventSeq() != null && attachments.eventKind(assetId, form.eventSeq()).isEmpty()) {
            throw Refusals.rule("eventSeq", "asset.attachmentEventUnknown", form.eventSeq(), asset.code());
        }
        String name = FileContent.storedName(form.fileName(), asset.code() + " " + form.kind().chineseName(), type);
        Actor by = new Actor(caller.username(), caller.displayName(), caller.role(), clock.today(), clock.preciseNow());
        long id = attachments.insert(new NewAttachment(assetId, form.eventSeq(), form.kind(), name, type.mediaType(),
                content, FileContent.sha256(content), caption, by.username(), by.displayName(), by.role(), by.at()));
        return attachments.one(assetId, id).orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> list(Caller caller, long assetId) {
        Asset asset = asset(assetId);
        AccessPolicy.require(caller, Action.VIEW_ASSETS, asset.naturalVillage());
        return attachments.list(assetId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentFile file(Caller caller, long assetId, long attachmentId) {
        Asset asset = asset(assetId);
        AccessPolicy.require(caller, Action.VIEW_ASSETS, asset.naturalVillage());
        return attachments.file(assetId, attachmentId)
                .orElseThrow(() -> LedgerException.notFound("asset.attachmentNotFound", attachmentId, asset.code()));
    }

    private Asset asset(long assetId) {
        return assets.find(assetId, false).orElseThrow(() -> LedgerException.notFound("asset.notFound", assetId));
    }
}
