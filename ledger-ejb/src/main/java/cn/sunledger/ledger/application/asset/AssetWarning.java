package cn.sunledger.ledger.application.asset;

import java.time.LocalDate;

/**
 * One supervision warning of the 四个一批 dashboard (issue 11 item 5): what it is about (an asset, or an accepted
 * project that formed none), where, how serious, and the date or day count that makes it a warning.
 *
 * @param subjectId   the asset's id, or the project's for {@link Kind#UNREGISTERED_PROJECT}
 * @param placeCode   the asset's natural village or the project's village
 * @param since       the date the warning counts from: the contract's end, or the project's acceptance
 * @param days        days since {@code since} (negative: days left until it), null where no date applies
 */
public record AssetWarning(Kind kind, Level level, long subjectId, String subjectCode, String subjectName,
        String placeCode, String placeName, LocalDate since, Long days) {

    /** The kinds, in the dashboard's order. A kind is about an asset unless {@link #aboutProject()}. */
    public enum Kind {
        IDLE("闲置资产"),
        LOW_EFFICIENCY("低效资产"),
        CONTRACT_EXPIRED("合同已到期"),
        CONTRACT_EXPIRING("合同90天内到期"),
        UNREGISTERED_PROJECT("已验收未登记资产"),
        NO_CARETAKER("未落实管护主体"),
        NO_INCOME_THIS_YEAR("有预期收益本年未到账"),
        RENT_OVERDUE("租金逾期未收");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }

        public boolean aboutProject() {
            return this == UNREGISTERED_PROJECT;
        }
    }

    /** How serious: 提示, 预警, 严重. */
    public enum Level {
        NOTICE("提示"), WARNING("预警"), SERIOUS("严重");

        private final String chineseName;

        Level(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }
}
