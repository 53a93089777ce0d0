package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.asset.AssetAttachments;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.asset.AttachmentForm;
import cn.sunledger.ledger.application.asset.AttachmentView;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AttachmentKind;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The 照片与资料 section of the asset page ({@code asset.xhtml}, beside {@link AssetDetailView}, which has read the
 * asset): the photos as thumbnails, the documents as a list (name, size, uploader by name, date, the step they
 * belong to by its label), and the upload form for those who may attach — the ledger judges the file by its bytes,
 * a refusal is shown by the field it concerns.
 */
@Named
@ViewScoped
public class AssetAttachmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "attachForm:";

    @Inject
    transient AssetAttachments attachments;

    @Inject
    transient CurrentCaller caller;

    @Inject
    AssetDetailView detail;

    @Inject
    AssetText text;

    private List<AttachmentView> files = List.of();
    private transient UploadedFile upload;
    private AttachmentKind kind = AttachmentKind.PHOTO;
    private String caption;
    private Integer eventSeq;

    /** The view action, after the asset's own: its files, when the asset could be read. */
    public void load() {
        AssetView asset = detail.getAsset();
        if (asset == null) {
            return;
        }
        try {
            files = attachments.list(caller.get(), asset.state().id());
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    /** Whoever may take steps on the asset's place may attach: the county rural bureau, the village's clerk. */
    public boolean isMayAttach() {
        AssetView asset = detail.getAsset();
        return asset != null && AccessPolicy.permits(caller.get(), Action.ATTACH_ASSET_FILE,
                asset.state().naturalVillage());
    }

    /** 上传: on success the page opens again with the file in its list. */
    public String attach() {
        AssetView asset = detail.getAsset();
        if (asset == null) {
            return null;
        }
        long assetId = asset.state().id();
        try {
            byte[] bytes = null;
            String name = null;
            if (upload != null && upload.getSize() > 0) {
                try (InputStream in = upload.getInputStream()) {
                    bytes = in.readNBytes(FileContent.MAX_BYTES + 1);
                }
                name = upload.getFileName();
            }
            AttachmentView attached = attachments.attach(caller.get(), assetId,
                    new AttachmentForm(bytes, name, kind, caption, eventSeq));
            FacesMessages.info(UiText.get("asset.attached", text.label(attached.kind()), attached.fileName()));
            UiText.keepMessages();
            return "asset?faces-redirect=true&id=" + assetId;
        } catch (LedgerException e) {
            FieldErrors.refused(e, "attachProblems", Map.of(
                    "file", new String[] {FORM + "attachFile", UiText.get("asset.attachFile")},
                    "kind", new String[] {FORM + "attachKind", UiText.get("asset.attachKind")},
                    "caption", new String[] {FORM + "attachCaption", UiText.get("asset.attachCaption")},
                    "eventSeq", new String[] {FORM + "attachStep", UiText.get("asset.attachStep")}));
        } catch (IOException e) {
            FieldErrors.at(FORM + "attachFile", UiText.get("asset.attachFile"), UiText.get("fund.scanUnreadable"));
        }
        return null;
    }

    public List<AttachmentView> getPhotos() {
        return files.stream().filter(AttachmentView::photo).toList();
    }

    public List<AttachmentView> getDocuments() {
        return files.stream().filter(f -> !f.photo()).toList();
    }

    /** The files attached to the history's step {@code seq}, as the history lists them beside the step. */
    public List<AttachmentView> filesOf(int seq) {
        return files.stream().filter(f -> f.eventSeq() != null && f.eventSeq() == seq).toList();
    }

    /** "移交（移交方签署） · 2026-05-01": the step a file belongs to by its label and date, or "—". */
    public String stepOf(AttachmentView file) {
        return file.eventKind() == null ? "—" : text.label(file.eventKind()) + " · " + file.eventOn();
    }

    /** The history's steps to choose from, newest first, each "2026-05-01 移交（移交方签署） · 王某". */
    public List<AssetEvent> getSteps() {
        AssetView asset = detail.getAsset();
        if (asset == null) {
            return List.of();
        }
        List<AssetEvent> steps = new ArrayList<>(asset.history());
        Collections.reverse(steps);
        return steps;
    }

    public String stepLabel(AssetEvent e) {
        return e.on() + " " + text.label(e.kind()) + " · " + e.actorName();
    }

    public String size(AttachmentView file) {
        return FileSizeText.show(file.byteSize());
    }

    public AttachmentKind[] getKinds() {
        return AttachmentKind.values();
    }

    public long getMaxBytes() {
        return FileContent.MAX_BYTES;
    }

    public int getMaxCaption() {
        return AttachmentForm.MAX_CAPTION;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public Integer getEventSeq() {
        return eventSeq;
    }

    public void setEventSeq(Integer eventSeq) {
        this.eventSeq = eventSeq;
    }
}
