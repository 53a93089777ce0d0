package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * How the asset screens name things ({@code #{assetText}}): every code of the register — class, stage, status,
 * owner level, operation mode, 四个一批, disposal method and status, event kind — by its label in the page's
 * language (ui bundle key {@code asset.<EnumType>.<NAME>}), roles by their names, shares as plain decimals.
 */
@Named
@RequestScoped
public class AssetText {

    @Inject
    LocaleView localeView;

    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Role role) {
            return localeView.isEnglish() ? role.englishName() : role.chineseName();
        }
        return UiText.get("asset." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** "0.6", "1": a share without trailing zeros. */
    public String share(BigDecimal share) {
        return share == null ? "" : share.stripTrailingZeros().toPlainString();
    }

    public String money(Money amount) {
        return amount == null ? "" : MoneyText.show(amount);
    }
}
