package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;
import vn.motcua.applicant.CodeRequest;
import vn.motcua.applicant.ContactChannel;
import vn.motcua.applicant.InvalidAccountDataException;
import vn.motcua.applicant.ProfileChange;
import vn.motcua.applicant.Registration;
import vn.motcua.catalog.FieldError;
import vn.motcua.shared.CodeRejectedException;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * Accounts on the portal, one thing per page: register (an individual or an organisation), enter
 * the activation code, sign in (the form Spring Security processes), reset a forgotten password by
 * a code, and edit one's profile. A form with errors comes back with everything typed, the errors
 * summarised at the top and shown at each field.
 */
@Controller
class AccountPages {

  static final String LABELS = "account.field.";

  private final Applicants applicants;
  private final MessageSource messages;
  private final RateLimits limits;

  AccountPages(Applicants applicants, MessageSource messages, RateLimits limits) {
    this.applicants = applicants;
    this.messages = messages;
    this.limits = limits;
  }

  /**
   * The form of the registration page: the profile's fields, and the kind of account, the tax code,
   * the password and the channel of the activation code.
   */
  public static class RegistrationForm extends ProfileForm {
    private String kind = ApplicantProfile.INDIVIDUAL;
    private String taxCode;
    private String password;
    private String passwordConfirmation;
    private ContactChannel channel = ContactChannel.SMS;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getTaxCode() {
      return taxCode;
    }

    public void setTaxCode(String taxCode) {
      this.taxCode = taxCode;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getPasswordConfirmation() {
      return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
      this.passwordConfirmation = passwordConfirmation;
    }

    public ContactChannel getChannel() {
      return channel;
    }

    public void setChannel(ContactChannel channel) {
      this.channel = channel;
    }
  }

  /** The form of the profile page; dates as typed ({@code yyyy-MM-dd} from a date input). */
  public static class ProfileForm {
    private String fullName;
    private String citizenId;
    private String dateOfBirth;
    private String representative;
    private String phone;
    private String email;
    private String address;

    static ProfileForm of(ApplicantProfile p) {
      ProfileForm form = new ProfileForm();
      form.fullName = p.fullName();
      form.citizenId = p.citizenId();
      form.dateOfBirth = p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
      form.representative = p.representative();
      form.phone = p.phone();
      form.email = p.email();
      form.address = p.address();
      return form;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public String getCitizenId() {
      return citizenId;
    }

    public void setCitizenId(String citizenId) {
      this.citizenId = citizenId;
    }

    public String getDateOfBirth() {
      return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
    }

    public String getRepresentative() {
      return representative;
    }

    public void setRepresentative(String representative) {
      this.representative = representative;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }
  }

  @GetMapping("/dang-nhap")
  String login(HttpSession session, Model model, Locale locale) {
    model.addAttribute("login", session.getAttribute(LoginFailures.LAST_LOGIN));
    model.addAttribute(
        "pendingActivation", session.getAttribute(LoginFailures.PENDING_ACTIVATION) != null);
    if (session.getAttribute(LoginFailures.EID_MISSING) instanceof List<?> fields) {
      model.addAttribute(
          "eidMissing",
          fields.stream()
              .map(field -> messages.getMessage(LABELS + field, null, locale))
              .collect(Collectors.joining(", ")));
    }
    return "portal/login";
  }

  @GetMapping("/dang-ky")
  String registration(
      @RequestParam(name = QueryParameters.KIND, required = false) String kind, Model model) {
    RegistrationForm form = new RegistrationForm();
    form.setKind(
        "to-chuc".equals(kind) ? ApplicantProfile.ORGANISATION : ApplicantProfile.INDIVIDUAL);
    model.addAttribute("form", form);
    return "portal/register";
  }

  @PostMapping("/dang-ky")
  String register(
      @ModelAttribute("form") RegistrationForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    limits.registration(request.getRemoteAddr());
    try {
      LocalDate dateOfBirth =
          ApplicantProfile.ORGANISATION.equals(form.getKind())
              ? null
              : dateOfBirth(form.getDateOfBirth());
      CodeRequest sent =
          applicants.signUp(
              new Registration(
                  form.getKind(),
                  form.getFullName(),
                  form.getCitizenId(),
                  dateOfBirth,
                  form.getTaxCode(),
                  form.getRepresentative(),
                  form.getPhone(),
                  form.getEmail(),
                  form.getAddress(),
                  form.getPassword(),
                  form.getPasswordConfirmation(),
                  form.getChannel()));
      redirect.addFlashAttribute("sent", sent);
      return "redirect:/kich-hoat?" + QueryParameters.REQUEST + "=" + sent.requestId();
    } catch (InvalidAccountDataException e) {
      return again(
          model, response, FormErrors.of(e.errors(), messages, locale, LABELS), "portal/register");
    } catch (MailException e) {
      return again(
          model,
          response,
          FormErrors.one("email", messages.getMessage("account.mail.failed", null, locale)),
          "portal/register");
    }
  }

  @GetMapping("/kich-hoat")
  String activation(
      @RequestParam(name = QueryParameters.REQUEST, required = false) String requestId,
      Model model) {
    model.addAttribute("requestId", requestId);
    return "portal/activate";
  }

  @PostMapping("/kich-hoat")
  String activate(
      @RequestParam(QueryParameters.REQUEST) String requestId,
      @RequestParam(name = "code", required = false) String code,
      Model model,
      Locale locale,
      HttpServletResponse response,
      HttpSession session) {
    try {
      applicants.activate(requestId, code);
      session.removeAttribute(LoginFailures.PENDING_ACTIVATION);
      return "redirect:/dang-nhap?" + QueryParameters.ACTIVATED;
    } catch (CodeRejectedException e) {
      model.addAttribute("requestId", requestId);
      return again(
          model,
          response,
          FormErrors.one("code", messages.getMessage(e.messageCode(), null, locale)),
          "portal/activate");
    }
  }

  /**
   * A new activation code, for whoever just signed in with the right password to an account not yet
   * active.
   */
  @PostMapping("/kich-hoat/gui-lai")
  String resendActivation(
      @RequestParam(name = "channel", defaultValue = "SMS") ContactChannel channel,
      HttpSession session,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Object login = session.getAttribute(LoginFailures.PENDING_ACTIVATION);
    if (login == null) {
      return "redirect:/dang-nhap";
    }
    limits.codeRequest(request.getRemoteAddr(), login.toString());
    CodeRequest sent;
    try {
      sent = applicants.resendActivation(login.toString(), channel);
    } catch (IllegalStateException activeMeanwhile) {
      session.removeAttribute(LoginFailures.PENDING_ACTIVATION);
      return "redirect:/dang-nhap?" + QueryParameters.ACTIVATED;
    }
    redirect.addFlashAttribute("sent", sent);
    return "redirect:/kich-hoat?" + QueryParameters.REQUEST + "=" + sent.requestId();
  }

  @GetMapping("/quen-mat-khau")
  String forgotten(Model model) {
    return "portal/forgot";
  }

  @PostMapping("/quen-mat-khau")
  String requestReset(
      @RequestParam(name = "login", required = false) String login,
      @RequestParam(name = "channel", defaultValue = "SMS") ContactChannel channel,
      Model model,
      Locale locale,
      HttpServletResponse response,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    model.addAttribute("login", login);
    if (login == null || login.isBlank()) {
      return again(
          model,
          response,
          FormErrors.one(
              "login",
              messages.getMessage(
                  "form.required",
                  new Object[] {messages.getMessage(LABELS + "login", null, locale)},
                  locale)),
          "portal/forgot");
    }
    limits.codeRequest(request.getRemoteAddr(), login.strip());
    try {
      CodeRequest sent = applicants.requestPasswordReset(login, channel);
      redirect.addFlashAttribute("sent", sent);
      return "redirect:/dat-lai-mat-khau?" + QueryParameters.REQUEST + "=" + sent.requestId();
    } catch (MailException e) {
      return again(
          model,
          response,
          FormErrors.one("login", messages.getMessage("account.mail.failed", null, locale)),
          "portal/forgot");
    }
  }

  @GetMapping("/dat-lai-mat-khau")
  String resetPage(
      @RequestParam(name = QueryParameters.REQUEST, required = false) String requestId,
      Model model) {
    model.addAttribute("requestId", requestId);
    return "portal/reset";
  }

  @PostMapping("/dat-lai-mat-khau")
  String reset(
      @RequestParam(QueryParameters.REQUEST) String requestId,
      @RequestParam(name = "code", required = false) String code,
      @RequestParam(name = "password", required = false) String password,
      @RequestParam(name = "passwordConfirmation", required = false) String confirmation,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    model.addAttribute("requestId", requestId);
    try {
      applicants.resetPassword(requestId, code, password, confirmation);
      return "redirect:/dang-nhap?" + QueryParameters.PASSWORD_RESET;
    } catch (CodeRejectedException e) {
      return again(
          model,
          response,
          FormErrors.one("code", messages.getMessage(e.messageCode(), null, locale)),
          "portal/reset");
    } catch (InvalidAccountDataException e) {
      model.addAttribute("code", code);
      return again(
          model, response, FormErrors.of(e.errors(), messages, locale, LABELS), "portal/reset");
    }
  }

  @GetMapping("/tai-khoan")
  String profile(Principal principal, Model model) {
    ApplicantProfile profile = applicants.find(principal.getName()).orElseThrow();
    model.addAttribute("form", ProfileForm.of(profile));
    return profilePage(principal, profile, model);
  }

  @PostMapping("/tai-khoan")
  String saveProfile(
      Principal principal,
      @ModelAttribute("form") ProfileForm form,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    ApplicantProfile profile = applicants.find(principal.getName()).orElseThrow();
    try {
      LocalDate dateOfBirth = profile.isOrganisation() ? null : dateOfBirth(form.getDateOfBirth());
      applicants.updateProfile(
          principal.getName(),
          new ProfileChange(
              form.getFullName(),
              form.getCitizenId(),
              dateOfBirth,
              form.getRepresentative(),
              form.getPhone(),
              form.getEmail(),
              form.getAddress()));
      return "redirect:/tai-khoan?" + QueryParameters.SAVED;
    } catch (InvalidAccountDataException e) {
      response.setStatus(422);
      model.addAttribute("errors", FormErrors.of(e.errors(), messages, locale, LABELS));
      return profilePage(principal, profile, model);
    }
  }

  private String profilePage(Principal principal, ApplicantProfile profile, Model model) {
    model.addAttribute("profile", profile);
    model.addAttribute("verified", applicants.verifiedFields(principal.getName()));
    model.addAttribute(
        "audit",
        applicants.auditTrail(principal.getName()).stream()
            .map(
                a ->
                    Map.of(
                        "at",
                        VietnameseFormats.dateTime(a.at()),
                        "field",
                        a.field(),
                        "from",
                        a.oldValue() == null ? "" : a.oldValue(),
                        "to",
                        a.newValue() == null ? "" : a.newValue()))
            .toList());
    return "portal/profile";
  }

  private static String again(
      Model model, HttpServletResponse response, Map<String, String> errors, String view) {
    response.setStatus(422);
    model.addAttribute("errors", errors);
    return view;
  }

  /**
   * The date of birth as typed ({@code yyyy-MM-dd} from a date input); blank is the account rules'
   * to refuse.
   */
  private static LocalDate dateOfBirth(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidAccountDataException(
          List.of(
              FieldError.of(
                  "dateOfBirth",
                  VietnameseTexts.text("label.dateOfBirth"),
                  "account.date.invalid")));
    }
  }
}
