package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.fund.AllocationNoticeDue;
import cn.sunledger.ledger.application.fund.AllocationNotices;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 资金分配结果公告: the fund documents of the caller's ledger (a county's, or the prefecture's with its counties')
 * whose notice is due, late or published, and 起草公告, which drafts it through the notice engine and opens it.
 * Below the county there is no ledger; the page says so.
 */
@Named
@ViewScoped
public class FundAllocationNoticesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AllocationNotices allocationNotices;

    @Inject
    transient Notices notices;

    @Inject
    transient CurrentCaller caller;

    private List<AllocationNoticeDue> rows = List.of();
    private boolean ledgerLevel;

    @PostConstruct
    void load() {
        Caller c = caller.get();
        RegionLevel level = c.homeRegion().level();
        ledgerLevel = level == RegionLevel.COUNTY || level == RegionLevel.PREFECTURE;
        if (!ledgerLevel) {
            return;
        }
        try {
            rows = allocationNotices.list(c, c.homeRegion().value());
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public String draft(AllocationNoticeDue row) {
        try {
            NoticeView draft = notices.draft(caller.get(), new DraftRequest(AllocationNotices.TYPE,
                    String.valueOf(row.documentId()), null, null, null));
            FacesMessages.info(UiText.get("notice.drafted"));
            UiText.keepMessages();
            return "notice?faces-redirect=true&id=" + draft.id();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public String statusName(AllocationNoticeDue row) {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return english ? row.status().englishName() : row.status().chineseName();
    }

    public List<AllocationNoticeDue> getRows() {
        return rows;
    }

    public boolean isLedgerLevel() {
        return ledgerLevel;
    }
}
