package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    private List<RegionView> path;
    private Map<RegionLevel, Long> counts;
    private boolean demo;

    @PostConstruct
    void load() {
        path = regions.path(caller.get(), caller.get().homeRegion());
        counts = regions.countsByLevel(caller.get());
        demo = regions.demoDataLoaded();
    }

    public List<RegionView> getPath() {
        return path;
    }

    public List<Map.Entry<RegionLevel, Long>> getCounts() {
        return List.copyOf(counts.entrySet());
    }

    public boolean isDemo() {
        return demo;
    }
}
