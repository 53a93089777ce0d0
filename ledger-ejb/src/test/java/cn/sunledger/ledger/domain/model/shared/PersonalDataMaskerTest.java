package cn.sunledger.ledger.domain.model.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PersonalDataMaskerTest {

    @ParameterizedTest
    @CsvSource({
            "532922198001011238, 5329**********1238",
            "53292219850203452X, 5329**********452X",
            "11010519491231002x, 1101**********002x",
            " 532922200012310015 , 5329**********0015"})
    void masksIdNumbersKeepingFirstAndLastFour(String id, String masked) {
        assertEquals(masked, PersonalDataMasker.maskIdNumber(id));
    }

    @Test
    void masksMobileKeepingCarrierPrefixAndLastFour() {
        assertEquals("138****5678", PersonalDataMasker.maskPhone("13812345678"));
        assertEquals("199****0000", PersonalDataMasker.maskPhone("19912340000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "53292219800101123", "5329221980010112381", "032922198001011238", "abc"})
    void refusesToPassOnSomethingThatIsNotAnIdNumber(String notAnId) {
        assertThrows(IllegalArgumentException.class, () -> PersonalDataMasker.maskIdNumber(notAnId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1381234567", "138123456789", "12812345678", "0872-5322123"})
    void refusesToPassOnSomethingThatIsNotAMobile(String notAMobile) {
        assertThrows(IllegalArgumentException.class, () -> PersonalDataMasker.maskPhone(notAMobile));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "户主杨某某，身份证号532922198001011238，联系电话13812345678。"
                    + "|户主杨某某，身份证号5329**********1238，联系电话138****5678。",
            "证件号码：53292219850203452X.|证件号码：5329**********452X.",
            "（电话 13812345678）|（电话 138****5678）",
            "手机 138-1234-5678 或 138 1234 5678|手机 138-****-5678 或 138 **** 5678",
            "ID 532922198001011238 / 532922198502034521|ID 5329**********1238 / 5329**********4521",
            "13812345678|138****5678"})
    void masksEveryIdAndMobileInsideText(String text, String expected) {
        assertEquals(expected, PersonalDataMasker.maskText(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "补助金额800000.00元",
            "金额13812345678.00元",
            "合计13000000000元",
            "区划代码532922100000（12位）",
            "区划代码532922100000000（15位）",
            "2022—2024年，年均增速18%",
            "维办发〔2022〕30号",
            "流水号1234532922198001011238999",
            "批次532922198001011238A",
            "电话0872-5322123，监督电话12317",
            "序号20250528001"})
    void leavesOtherNumbersAlone(String text) {
        assertEquals(text, PersonalDataMasker.maskText(text));
    }

    @Test
    void passesNullAndShortTextThrough() {
        assertNull(PersonalDataMasker.maskText(null));
        assertEquals("12317", PersonalDataMasker.maskText("12317"));
    }
}
