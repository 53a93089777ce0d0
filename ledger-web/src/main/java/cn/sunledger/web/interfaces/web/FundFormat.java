package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the fund screens show figures ({@code #{fundFormat}}): amounts grouped with two decimals, hashes shortened
 * (the whole hash stays in the element's title and is what the copy button copies), posting times to the minute.
 */
@Named
@ApplicationScoped
public class FundFormat {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String money(Money amount) {
        return MoneyText.show(amount);
    }

    public String amount(BigDecimal amount) {
        return MoneyText.show(amount);
    }

    /** "3f2a9c…b41e": enough of a SHA-256 to tell entries apart on screen. */
    public String shortHash(String hash) {
        if (hash == null || hash.isEmpty()) { // EL hands a missing String over as ""
            return "—";
        }
        return hash.length() <= 14 ? hash : hash.substring(0, 8) + "…" + hash.substring(hash.length() - 4);
    }

    public String time(LocalDateTime at) {
        return at == null ? "" : at.format(MINUTE);
    }
}
