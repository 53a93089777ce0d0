package cn.sunledger.ledger.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseByDefaultEnglishOnRequestAndArgumentsFilledIn() {
        assertEquals("找不到区划 532922000000", Messages.format(null, "region.notFound", "532922000000"));
        assertEquals("找不到区划 532922000000", Messages.format(Locale.FRENCH, "region.notFound", "532922000000"));
        assertEquals("Region 532922000000 does not exist", Messages.format(Locale.US, "region.notFound", "532922000000"));
    }
}
