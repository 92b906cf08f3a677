package vn.motcua.applicant.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sandbox e-ID provider's sign-in page, styled after VNeID's and marked as a test environment.
 * It names the level of assurance the waiting authorization request asked for, and lists the
 * sandbox's citizens so that a newcomer knows whom to sign in as.
 */
@Controller
@Profile("demo")
class SandboxEidLoginPage {

  @GetMapping(SandboxEidProvider.LOGIN)
  String login(HttpServletRequest request, HttpServletResponse response, Model model) {
    SavedRequest waiting = SandboxEidProvider.requestCache().getRequest(request, response);
    String[] acr = waiting == null ? null : waiting.getParameterValues("acr_values");
    model.addAttribute("acr", acr == null || acr.length == 0 ? null : acr[0]);
    model.addAttribute(
        "citizens",
        SandboxCitizens.ALL.stream()
            .map(
                c ->
                    Map.of(
                        "citizenId", c.citizenId(), "fullName", c.fullName(), "note", c.noteCode()))
            .toList());
    model.addAttribute("password", SandboxCitizens.PASSWORD);
    return "sandbox/vneid-login";
  }
}
