package cn.sunledger.ledger.application.internal.distribution;

/** The two notice types of a distribution plan (api.md codes); both take the plan's id as their subject. */
public final class DistributionNoticeTypes {

    /** 收益分配方案公示: after the township's approval; no line is paid before it has cleared. */
    public static final String PLAN = "DISTRIBUTION_PLAN";

    /** 收益分配结果公告: once every line is paid. */
    public static final String RESULT = "DISTRIBUTION_RESULT";

    private DistributionNoticeTypes() {
    }
}
