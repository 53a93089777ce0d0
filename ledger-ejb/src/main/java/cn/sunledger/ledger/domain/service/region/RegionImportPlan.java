package cn.sunledger.ledger.domain.service.region;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What a checked import will do: every row is either a new region or a revision of an existing one. */
public record RegionImportPlan(List<Entry> entries) {

    public record Entry(int row, RegionCode code, String name, RegionLevel level, RegionCode parent,
            LocalDate validFrom, LocalDate validTo, boolean exists) {
    }

    public RegionImportPlan {
        // parents before children, so each insert finds its parent row already there
        entries = entries.stream().sorted(Comparator.comparing(Entry::level).thenComparing(Entry::row)).toList();
    }
}
