package cn.sunledger.ledger.domain.model.distribution;

/** 四议两公开's four meetings, in the order they must be held (domain.md §6). */
public enum MeetingKind {
    PARTY_PROPOSAL("村党组织提议", "Proposal of the village Party organisation"),
    COMMITTEES_DELIBERATION("村两委商议", "Deliberation of the two village committees"),
    PARTY_MEMBERS_REVIEW("党员大会审议", "Review by the Party members' meeting"),
    REPRESENTATIVES_RESOLUTION("村民代表大会决议", "Resolution of the villagers' representatives' meeting");

    private final String chineseName;
    private final String englishName;

    MeetingKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** The 决议: it must be passed by more than half of those attending. */
    public boolean isResolution() {
        return this == REPRESENTATIVES_RESOLUTION;
    }
}
