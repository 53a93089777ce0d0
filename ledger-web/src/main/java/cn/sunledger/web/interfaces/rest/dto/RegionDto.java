package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.RegionView;
import java.time.LocalDate;
import java.util.Locale;

public record RegionDto(String code, String name, String level, String levelName, String parentCode,
        LocalDate validFrom, LocalDate validTo, boolean demo, String supervisionHotline, long childCount) {

    public static RegionDto of(RegionView r, Locale locale) {
        return new RegionDto(r.code(), r.name(), r.level().name(),
                Locale.ENGLISH.equals(locale) ? r.level().englishName() : r.level().chineseName(), r.parentCode(),
                r.validFrom(), r.validTo(), r.demo(), r.supervisionHotline(), r.childCount());
    }
}
