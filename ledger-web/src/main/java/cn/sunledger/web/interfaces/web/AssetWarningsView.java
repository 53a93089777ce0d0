package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.asset.AssetWarning;
import cn.sunledger.ledger.application.asset.AssetWarnings;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 资产监管预警 ({@code asset-warnings.xhtml}): the supervision warnings of the 四个一批 work in the caller's region,
 * grouped by kind in the service's order with a count per kind and per level, each row linking to its asset — or,
 * for an accepted project that formed no asset (未登记资产), to the project's page.
 */
@Named
@ViewScoped
public class AssetWarningsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssetWarnings warnings;

    @Inject
    transient CurrentCaller caller;

    private List<Group> groups = List.of();
    private int total;

    /** One kind's warnings and how many there are of each level. */
    public record Group(AssetWarning.Kind kind, List<AssetWarning> warnings, Map<AssetWarning.Level, Integer> levels)
            implements Serializable {

        public int count() {
            return warnings.size();
        }

        public int countOf(AssetWarning.Level level) {
            return levels.getOrDefault(level, 0);
        }
    }

    public void load() {
        try {
            Map<AssetWarning.Kind, List<AssetWarning>> byKind = new EnumMap<>(AssetWarning.Kind.class);
            List<AssetWarning> all = warnings.warnings(caller.get(), null);
            for (AssetWarning w : all) {
                byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w);
            }
            List<Group> out = new ArrayList<>();
            byKind.forEach((kind, list) -> {
                Map<AssetWarning.Level, Integer> levels = new EnumMap<>(AssetWarning.Level.class);
                list.forEach(w -> levels.merge(w.level(), 1, Integer::sum));
                out.add(new Group(kind, List.copyOf(list), levels));
            });
            groups = out;
            total = all.size();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    /** The page a warning's row links to: the asset's, or the project's for 未登记资产. */
    public String outcome(AssetWarning w) {
        return w.kind().aboutProject() ? "project" : "asset";
    }

    /** 严重 → danger, 预警 → warning, 提示 → info: the tag's colour. */
    public String severity(AssetWarning.Level level) {
        return switch (level) {
            case SERIOUS -> "danger";
            case WARNING -> "warning";
            case NOTICE -> "info";
        };
    }

    /** "验收后 45 天", "还有 30 天到期", "已到期 5 天" — or a dash where no date applies. */
    public String days(AssetWarning w) {
        if (w.days() == null) {
            return "—";
        }
        return switch (w.kind()) {
            case CONTRACT_EXPIRING -> UiText.get("asset.warning.daysLeft", Math.abs(w.days()));
            case CONTRACT_EXPIRED -> UiText.get("asset.warning.daysOverdue", w.days());
            case UNREGISTERED_PROJECT -> UiText.get("asset.warning.daysSinceAcceptance", w.days());
            default -> UiText.get("asset.warning.dayCount", w.days());
        };
    }

    public List<Group> getGroups() {
        return groups;
    }

    public int getTotal() {
        return total;
    }

    public AssetWarning.Level[] getLevels() {
        return AssetWarning.Level.values();
    }
}
