package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlQueryTest {

    @Test
    void aSearchTextMatchesAnywhereWithItsOwnWildcardsTakenLiterally() {
        assertEquals("%漾财农〔2026〕%", SqlQuery.containing("漾财农〔2026〕"));
        assertEquals("%50\\%\\_a\\\\b%", SqlQuery.containing("50%_a\\b"));
    }
}
