package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Shows a refusal on the page, in the page's language: the reason, then each field's or row's problem. */
final class FacesMessages {

    private FacesMessages() {
    }

    static void refused(LedgerException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(locale, e.messageKey(), e.args()), null));
        for (Violation v : e.violations()) {
            String where = v.row() != null ? "#" + v.row() + " " + v.field() : v.field();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + ": "
                    + Messages.format(locale, v.messageKey(), v.args()), null));
        }
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
