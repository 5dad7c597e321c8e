package io.parallax.web.language;

import io.parallax.ejb.reminder.ReminderChoices;
import io.parallax.ejb.security.Roles;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The header's language switch: {@code /language?to=de&back=/parallax/trainee/progress.xhtml} keeps
 * the choice in a cookie for a year and goes back to the page it was made on (a path of this
 * application only, never another site). A language Parallax does not speak is refused with 400. A
 * signed-in member of a school gets their e-mail reminders in the chosen language from now on.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(LanguageSwitch.class.getName());

  @EJB ReminderChoices reminders;

  private static final Pattern LOCAL_PATH = Pattern.compile("/[\\w\\-./]*(\\?[\\w\\-.=&%]*)?");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale language = Languages.spoken(String.valueOf(request.getParameter("to"))).orElse(null);
    if (language == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Cookie cookie = new Cookie(Languages.COOKIE, language.getLanguage());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    if (request.isUserInRole(Roles.TRAINEE)
        || request.isUserInRole(Roles.SUPERVISOR)
        || request.isUserInRole(Roles.SCHOOL_ADMIN)) {
      try {
        reminders.writeIn(language.getLanguage());
      } catch (RuntimeException notRecorded) {
        // the pages switch all the same; the mails keep their language until the next choice
        LOG.warning(() -> "The reminders' language was not recorded: " + notRecorded);
      }
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", back(request));
  }

  /** Where to go back to: the page the switch was used on, if it is a page of Parallax. */
  static String back(HttpServletRequest request) {
    String context = request.getContextPath();
    String back = request.getParameter("back");
    boolean local =
        back != null
            && back.startsWith(context + "/")
            && !back.startsWith("//")
            && !back.contains("..")
            && LOCAL_PATH.matcher(back).matches();
    return local ? back : context + "/";
  }
}
