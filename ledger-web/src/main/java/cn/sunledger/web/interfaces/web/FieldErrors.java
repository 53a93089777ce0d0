package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a form's problems beside the fields they concern: the message names the field by its label, the field is
 * marked invalid (highlighted), and the request counts as failed so a dialog stays open. A refusal of the
 * ledger is placed by the field its message key or violation concerns (see {@link FundRefusals}); one that
 * concerns no field of the form goes to the form's own message area.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    /** "金额：应为大于 0 的金额…" beside the field {@code clientId}. */
    static void at(String clientId, String label, String problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + "：" + problem, null));
        UIComponent field = faces.getViewRoot().findComponent(clientId);
        if (field instanceof UIInput input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }

    /**
     * Shows a refusal: by the field it concerns when the form has it ({@code fields}: the ledger's field name →
     * the client id and label of the form's input), otherwise in {@code messagesId}.
     */
    static void refused(LedgerException e, String messagesId, Map<String, String[]> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        String reason = Messages.format(locale, e.messageKey(), e.args());
        String field = FundRefusals.fieldOf(e.messageKey());
        // Map.of(...) refuses a null key: a refusal that concerns no field must not become a 500
        String[] target = field == null ? null : fields.get(field);
        if (e.violations().isEmpty() && target != null) {
            at(target[0], target[1], reason);
            return;
        }
        if (e.violations().isEmpty()) {
            faces.addMessage(messagesId, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
        }
        for (Violation v : e.violations()) {
            String text = Messages.format(locale, v.messageKey(), v.args());
            String[] at = fields.get(v.field());
            if (at != null) {
                at(at[0], at[1], text);
            } else {
                faces.addMessage(messagesId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
        faces.validationFailed();
    }
}
