package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The signed-in user as the pages see it ({@code #{me}}): name, role, region, and {@code me.may('ACTION')}
 * to show only what the access policy allows; also sign-out.
 */
@Named("me")
@RequestScoped
public class MeView {

    @Inject
    CurrentCaller current;

    @Inject
    LocaleView localeView;

    public Caller getCaller() {
        return current.get();
    }

    public String getRoleName() {
        Caller c = current.get();
        return localeView.isEnglish() ? c.role().englishName() : c.role().chineseName();
    }

    public boolean may(String action) {
        return current.find().map(c -> AccessPolicy.roleMay(c.role(), Action.valueOf(action))).orElse(false);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ctx.getRequest()).logout();
        ctx.invalidateSession();
        ctx.redirect(ctx.getRequestContextPath() + "/login.xhtml");
    }
}
