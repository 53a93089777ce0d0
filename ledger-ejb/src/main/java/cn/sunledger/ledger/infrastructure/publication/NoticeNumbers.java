package cn.sunledger.ledger.infrastructure.publication;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gap-free notice numbers per issuing region and year: 532922-2026-00017 is the 17th notice the county
 * 532922 published in 2026. The sequence row is locked for the rest of the publishing transaction, so a
 * number is only used if the publication commits.
 */
public final class NoticeNumbers {

    private NoticeNumbers() {
    }

    public static String next(Connection c, RegionCode issuer, int year) throws SQLException {
        try (PreparedStatement seed = c.prepareStatement(
                "INSERT IGNORE INTO notice_sequence (issuer_region_code, year, next_value) VALUES (?, ?, 1)")) {
            seed.setString(1, issuer.value());
            seed.setInt(2, year);
            seed.executeUpdate();
        }
        int value;
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT next_value FROM notice_sequence WHERE issuer_region_code = ? AND year = ? FOR UPDATE")) {
            lock.setString(1, issuer.value());
            lock.setInt(2, year);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                value = rs.getInt(1);
            }
        }
        try (PreparedStatement bump = c.prepareStatement(
                "UPDATE notice_sequence SET next_value = next_value + 1 WHERE issuer_region_code = ? AND year = ?")) {
            bump.setString(1, issuer.value());
            bump.setInt(2, year);
            bump.executeUpdate();
        }
        return format(issuer, year, value);
    }

    static String format(RegionCode issuer, int year, int value) {
        return issuer.value().substring(0, 6) + "-" + year + "-" + String.format("%05d", value);
    }
}
