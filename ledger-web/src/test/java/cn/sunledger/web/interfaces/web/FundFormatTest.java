package cn.sunledger.web.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FundFormatTest {

    private final FundFormat format = new FundFormat();

    @Test
    void hashesAreShortenedToTheirEndsAndAMissingOneIsADash() {
        String hash = "3f2a9c0d11223344556677889900aabbccddeeff00112233445566778899b41e";
        assertEquals("3f2a9c0d…b41e", format.shortHash(hash));
        assertEquals("—", format.shortHash(null), "the first entry of a chain has no previous hash");
        assertEquals("—", format.shortHash(""), "as EL passes a null String");
    }

    @Test
    void postingTimesAreShownToTheMinute() {
        assertEquals("2026-03-15 09:07", format.time(LocalDateTime.of(2026, 3, 15, 9, 7, 41, 123_000_000)));
    }
}
