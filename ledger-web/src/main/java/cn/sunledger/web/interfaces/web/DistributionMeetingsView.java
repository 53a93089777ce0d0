package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.MeetingMinutes;
import cn.sunledger.ledger.application.distribution.MinutesScan;
import cn.sunledger.ledger.application.distribution.MinutesView;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The 四议两公开 section of the plan page ({@code distribution.xhtml}, beside {@link DistributionPlanPageView}, which has
 * read the plan): the form that records a meeting while the plan is a draft (kind by label among those still to be
 * recorded, date, attendance, votes for, the minutes' reference and, optionally, their scan), the scans of each meeting
 * with a download link, and the form that adds a scan to a meeting already recorded. The service judges everything;
 * a refusal is shown by the field it concerns.
 */
@Named
@ViewScoped
public class DistributionMeetingsView extends MeetingFields {

    private static final long serialVersionUID = 1L;
    private static final String MEETING = "meetingForm:";
    private static final String MINUTES = "minutesForm:";

    @Inject
    transient Distributions distributions;

    @Inject
    transient MeetingMinutes minutes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient BusinessClock clock;

    @Inject
    DistributionPlanPageView detail;

    private List<MinutesView> files = List.of();
    private MeetingKind kind;
    private transient UploadedFile upload;
    private MeetingKind attachKind;
    private transient UploadedFile attachUpload;

    /** The view action, after the plan's own: its meetings' files, and the next meeting as the form's choice. */
    public void load() {
        PlanView plan = detail.getPlan();
        if (plan == null) {
            return;
        }
        try {
            files = minutes.list(caller.get(), plan.id());
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
        if (kind == null) {
            kind = plan.nextMeeting();
        }
    }

    /** The village's clerk records meetings while the plan is a draft and some are still to be recorded. */
    public boolean isMayRecord() {
        PlanView plan = detail.getPlan();
        return plan != null && plan.status() == PlanStatus.DRAFT && plan.nextMeeting() != null
                && AccessPolicy.permits(caller.get(), Action.RECORD_DISTRIBUTION_MEETING,
                        RegionCode.of(plan.ownerRegion()));
    }

    /** Whoever records the meetings adds their scans, at any stage, to a meeting recorded. */
    public boolean isMayAttach() {
        PlanView plan = detail.getPlan();
        return plan != null && !plan.meetings().isEmpty() && AccessPolicy.permits(caller.get(),
                Action.RECORD_DISTRIBUTION_MEETING, RegionCode.of(plan.ownerRegion()));
    }

    /** The meetings still to be recorded, in their order. */
    public List<MeetingKind> getOpenKinds() {
        PlanView plan = detail.getPlan();
        if (plan == null) {
            return List.of();
        }
        return Arrays.stream(MeetingKind.values())
                .filter(k -> plan.meetings().stream().noneMatch(m -> m.kind() == k)).toList();
    }

    public List<MeetingKind> getRecordedKinds() {
        PlanView plan = detail.getPlan();
        return plan == null ? List.of() : plan.meetings().stream().map(Meeting::kind).toList();
    }

    /** 记录会议: the meeting and, when a file is chosen, its scan, in one step; the page opens again. */
    public String record() {
        PlanView plan = detail.getPlan();
        if (plan == null) {
            return null;
        }
        // the form marks these required; a request without them is answered by the fields, never by a 500
        boolean missing = false;
        for (Object[] f : new Object[][] {{kind, "kind", "distribution.meeting"}, {getHeldOn(), "heldOn", "distribution.heldOn"},
                {getAttendees(), "attendees", "distribution.attendees"}, {getVotesFor(), "votesFor", "distribution.votesFor"}}) {
            if (f[0] == null) {
                FieldErrors.at(MEETING + f[1], UiText.get((String) f[2]), UiText.get("distribution.required"));
                missing = true;
            }
        }
        if (missing) {
            return null;
        }
        try {
            MinutesScan scan = scan(upload);
            distributions.recordMeeting(caller.get(), plan.id(), toMeeting(kind), scan);
            FacesMessages.info(UiText.get("distribution.meetingRecorded", detail.label(kind)));
            UiText.keepMessages();
            return "distribution?faces-redirect=true&id=" + plan.id();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "meetingProblems", Map.of(
                    "kind", new String[] {MEETING + "kind", UiText.get("distribution.meeting")},
                    "heldOn", new String[] {MEETING + "heldOn", UiText.get("distribution.heldOn")},
                    "attendees", new String[] {MEETING + "attendees", UiText.get("distribution.attendees")},
                    "votesFor", new String[] {MEETING + "votesFor", UiText.get("distribution.votesFor")},
                    FileContent.FIELD, new String[] {MEETING + "minutesFile", UiText.get("distribution.minutesFile")}));
        } catch (IOException e) {
            FieldErrors.at(MEETING + "minutesFile", UiText.get("distribution.minutesFile"),
                    UiText.get("fund.scanUnreadable"));
        }
        return null;
    }

    /** 上传会议记录 to a meeting already recorded. */
    public String attach() {
        PlanView plan = detail.getPlan();
        if (plan == null) {
            return null;
        }
        try {
            MinutesScan scan = scan(attachUpload);
            MinutesView stored = minutes.attach(caller.get(), plan.id(), attachKind,
                    scan == null ? new MinutesScan(null, null) : scan);
            FacesMessages.info(UiText.get("distribution.minutesAttached", detail.label(stored.kind()),
                    stored.fileName()));
            UiText.keepMessages();
            return "distribution?faces-redirect=true&id=" + plan.id();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "minutesProblems", Map.of(
                    "kind", new String[] {MINUTES + "attachKind", UiText.get("distribution.meeting")},
                    FileContent.FIELD, new String[] {MINUTES + "attachFile", UiText.get("distribution.minutesFile")}));
        } catch (IOException e) {
            FieldErrors.at(MINUTES + "attachFile", UiText.get("distribution.minutesFile"),
                    UiText.get("fund.scanUnreadable"));
        }
        return null;
    }

    /** The chosen file's bytes (one over the limit is enough for the ledger to refuse it), or null when none. */
    private static MinutesScan scan(UploadedFile file) throws IOException {
        if (file == null || file.getSize() <= 0) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new MinutesScan(in.readNBytes(FileContent.MAX_BYTES + 1), file.getFileName());
        }
    }

    /** The scans of one meeting, oldest first. */
    public List<MinutesView> filesOf(MeetingKind k) {
        return files.stream().filter(f -> f.kind() == k).toList();
    }

    public String size(MinutesView file) {
        return FileSizeText.show(file.byteSize());
    }

    public long getMaxBytes() {
        return FileContent.MAX_BYTES;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public MeetingKind getAttachKind() {
        return attachKind;
    }

    public void setAttachKind(MeetingKind attachKind) {
        this.attachKind = attachKind;
    }

    public UploadedFile getAttachUpload() {
        return attachUpload;
    }

    public void setAttachUpload(UploadedFile attachUpload) {
        this.attachUpload = attachUpload;
    }
}
