package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.project.PipelineView;
import cn.sunledger.ledger.application.project.ProjectPipeline;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pipeline page (储备/计划/开工/在建/竣工 by county): a year select and one row per county of the caller's
 * scope, with a totals row last (its county code is null).
 */
@Named
@ViewScoped
public class ProjectPipelineView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 4;
    private static final int YEARS_AHEAD = 2;

    @Inject
    BusinessClock clock;

    @Inject
    transient ProjectPipeline pipeline;

    @Inject
    transient CurrentCaller caller;

    private int year;
    private List<PipelineView.Row> rows = List.of();

    @PostConstruct
    void init() {
        year = currentYear();
        load();
    }

    public void load() {
        try {
            PipelineView view = pipeline.pipeline(caller.get(), year, null);
            List<PipelineView.Row> all = new ArrayList<>(view.rows());
            all.add(view.total());
            rows = all;
        } catch (LedgerException e) {
            rows = List.of();
            FacesMessages.refused(e);
        }
    }

    public List<Integer> getYears() {
        int now = currentYear();
        return IntStream.rangeClosed(now - YEARS_BACK, now + YEARS_AHEAD).boxed().sorted((a, b) -> b - a).toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<PipelineView.Row> getRows() {
        return rows;
    }

    private int currentYear() {
        return clock.today().getYear();
    }
}
