package cn.sunledger.ledger.domain.model.project;

/** 受益对象: households and people, of which 脱贫户 (alleviated) and 监测户 (monitored). */
public record Beneficiaries(int households, int people, int alleviatedHouseholds, int alleviatedPeople,
        int monitoredHouseholds, int monitoredPeople) {

    public static final Beneficiaries NONE = new Beneficiaries(0, 0, 0, 0, 0, 0);

    /** Counts are not negative and the parts do not exceed the whole. */
    public boolean consistent() {
        return households >= 0 && people >= 0 && alleviatedHouseholds >= 0 && alleviatedPeople >= 0
                && monitoredHouseholds >= 0 && monitoredPeople >= 0
                && alleviatedHouseholds + monitoredHouseholds <= households
                && alleviatedPeople + monitoredPeople <= people;
    }
}
