package cn.sunledger.web.security;

import cn.sunledger.web.interfaces.rest.problem.ProblemDocument;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page for 401, 429 and 503 (web.xml): writes the problem document a refused or impossible sign-in left in
 * the request, or, for any other such error, the plain "please sign in" problem.
 */
@WebServlet("/sign-in-problem")
public class SignInProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ServletProblems.ATTRIBUTE) instanceof ProblemDocument doc) {
            ServletProblems.write(response, doc);
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : HttpServletResponse.SC_UNAUTHORIZED;
        ServletProblems.write(response, Problems.document(code, "error.unauthenticated", ServletProblems.locale(request)));
    }
}
