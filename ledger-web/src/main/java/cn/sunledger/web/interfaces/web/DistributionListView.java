package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 收益分配方案 ({@code distributions.xhtml}): the plans of the caller's scope, newest first, with their owner, period,
 * status by name and the income they were drawn on; each links to its page.
 */
@Named
@ViewScoped
public class DistributionListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient Distributions distributions;

    @Inject
    transient CurrentCaller caller;

    private List<PlanView.Summary> plans = List.of();
    private long total;

    @PostConstruct
    void init() {
        try {
            var page = distributions.list(caller.get(), null, null, 0, SHOWN);
            plans = page.items();
            total = page.total();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public List<PlanView.Summary> getPlans() {
        return plans;
    }

    public long getTotal() {
        return total;
    }

    /** 新建分配方案 for a village's clerk (a plan's owner is the caller's village). */
    public boolean isMayCreate() {
        var c = caller.get();
        return c.homeRegion().level() == RegionLevel.VILLAGE
                && AccessPolicy.permits(c,
                        Action.DRAFT_DISTRIBUTION, c.homeRegion());
    }

    public String money(cn.sunledger.ledger.domain.model.shared.Money m) {
        return MoneyText.show(m);
    }

    public String status(cn.sunledger.ledger.domain.model.distribution.PlanStatus s) {
        return UiText.get("distribution.status." + s.name());
    }
}
