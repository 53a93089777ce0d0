package cn.sunledger.ledger.infrastructure.publication;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.infrastructure.sequence.GapFreeSequence;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Notice numbers per issuing region and year: 532922-2026-00017 is the 17th notice the county 532922 published
 * in 2026, drawn from {@link GapFreeSequence#NOTICE} in the publishing transaction.
 */
public final class NoticeNumbers {

    private NoticeNumbers() {
    }

    public static String next(Connection c, RegionCode issuer, int year) throws SQLException {
        return format(issuer, year, GapFreeSequence.NOTICE.next(c, issuer.value(), year));
    }

    static String format(RegionCode issuer, int year, long value) {
        return issuer.value().substring(0, 6) + "-" + year + "-" + String.format("%05d", value);
    }
}
