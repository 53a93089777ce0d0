package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project's money by fund source: planned (its planned investment shares), allocated (what reached the project
 * and stayed there, paid or not — net of reversals) and disbursed (paid, net of reversals), with the totals. A source
 * appears when it is planned or money of it was allocated; sources in the order of {@link FundSource}.
 */
public record ProjectMoney(List<Line> bySource, Line total) {

    public record Line(FundSource source, Money planned, Money allocated, Money disbursed) {
    }

    /** What the journal holds for one source of the project: allocated and disbursed, net of reversals. */
    public record Posted(FundSource source, Money allocated, Money disbursed) {
    }

    /** Puts the plan and the journal's sums side by side (a plan may name a source twice: its shares add up). */
    public static ProjectMoney of(List<FundShare> planned, List<Posted> posted) {
        Map<FundSource, Money[]> sums = new EnumMap<>(FundSource.class);
        for (FundShare share : planned) {
            Money[] m = sums.computeIfAbsent(share.source(), s -> zeros());
            m[0] = m[0].plus(Money.of(share.amount()));
        }
        for (Posted p : posted) {
            Money[] m = sums.computeIfAbsent(p.source(), s -> zeros());
            m[1] = m[1].plus(p.allocated());
            m[2] = m[2].plus(p.disbursed());
        }
        List<Line> lines = new ArrayList<>(sums.size());
        Money[] total = zeros();
        sums.forEach((source, m) -> {
            lines.add(new Line(source, m[0], m[1], m[2]));
            for (int i = 0; i < 3; i++) {
                total[i] = total[i].plus(m[i]);
            }
        });
        return new ProjectMoney(List.copyOf(lines), new Line(null, total[0], total[1], total[2]));
    }

    private static Money[] zeros() {
        return new Money[] {Money.ZERO, Money.ZERO, Money.ZERO};
    }
}
