package cn.sunledger.web.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/** A detail page asked for a record that does not exist (or not for this user) shows its not-found text with 404. */
final class NotFoundStatus {

    private NotFoundStatus() {
    }

    static void answer() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
