package cn.sunledger.ledger.domain.model.calendar;

/**
 * What a day the calendar names is, against the default rule (Monday to Friday work, Saturday and Sunday rest):
 * a 法定节假日 day is a rest day whatever its weekday; a 调休上班 day is a working Saturday or Sunday.
 */
public enum DayKind {
    HOLIDAY("法定节假日（休息）", "Public holiday (rest day)"),
    WORKDAY("调休上班", "Make-up working day");

    private final String chineseName;
    private final String englishName;

    DayKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
