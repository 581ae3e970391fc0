package org.consortia.web.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs the person out, from any page: ends the sign-in and the session, then shows the sign-in
 * page. It has an address of its own because a Faces form on an error page posts to the portal's
 * root, where it was refused and left the person signed in. Only a POST signs out, so that a link
 * or an image cannot; the same-origin check covers the post, and nothing here reads the database,
 * so signing out works while it is out of reach.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?signedOut=true");
    }
}
