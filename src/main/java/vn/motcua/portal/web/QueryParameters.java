package vn.motcua.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The names of the portal's query parameters (and of the fields its forms post). They had
 * Vietnamese names before they had English ones; printed slips, QR codes, mails and bookmarks still
 * carry them ({@code /tra-cuu/qr?ma=…}). A request to a page with a former name reaches that page
 * as if it had used the current one, so the pages know only the current names and generate only
 * those. A current name present in the request wins over its former one. Each page has its own
 * former names: a form's own fields (a declaration may have a field of any key) are never renamed.
 */
@Component
class QueryParameters extends OncePerRequestFilter {

  static final String CODE = "code";
  static final String CITIZEN_ID = "citizenId";
  static final String REQUEST = "request";
  static final String PHONE = "phone";
  static final String OTP = "otp";
  static final String KIND = "kind";
  static final String FROM_DOSSIER = "from";
  static final String SAVED = "saved";
  static final String HELD = "held";
  static final String LEVEL = "level";
  static final String FIELD = "field";

  // notices of the page a step leads to, present without a value (/dang-nhap?loggedOut)
  static final String SUBMITTED = "submitted";
  static final String WITHDRAWN = "withdrawn";
  static final String SUPPLEMENTED = "supplemented";
  static final String RATED = "rated";
  static final String INCOMPLETE = "incomplete";
  static final String ACTIVATED = "activated";
  static final String PASSWORD_RESET = "reset";
  static final String LOGGED_OUT = "loggedOut";
  static final String ERROR = "error";
  static final String LOCKED = "locked";
  static final String NOT_ACTIVATED = "notActivated";
  static final String EID_CITIZEN_ID = "eidCitizenId";
  static final String EID_MISSING = "eidMissing";
  static final String EID_UNREACHABLE = "eidUnreachable";
  static final String EID_ERROR = "eidError";

  private static final Map<String, String> LOOKUP_BY_CODE = Map.of("ma", CODE);
  private static final Map<String, String> ACCOUNT_CODE = Map.of("yc", REQUEST);

  /** What the sign-in page says: how one got there, or why a sign-in failed. */
  private static final Map<String, String> LOGIN_NOTICES =
      Map.of(
          "kichHoat", ACTIVATED,
          "datLai", PASSWORD_RESET,
          "dangXuat", LOGGED_OUT,
          "loi", ERROR,
          "khoa", LOCKED,
          "chuaKichHoat", NOT_ACTIVATED,
          "eidSoDinhDanh", EID_CITIZEN_ID,
          "eidThieu", EID_MISSING,
          "eidKhongKetNoi", EID_UNREACHABLE,
          "eidLoi", EID_ERROR);

  /** Per page: former name to current name. */
  private static final Map<String, Map<String, String>> CURRENT =
      Map.ofEntries(
          Map.entry("/tra-cuu", LOOKUP_BY_CODE),
          Map.entry("/tra-cuu/qr", LOOKUP_BY_CODE),
          Map.entry("/tra-cuu/cccd", Map.of("cccd", CITIZEN_ID)),
          Map.entry("/tra-cuu/xac-thuc", Map.of("yeuCau", REQUEST, "sdt", PHONE, "maXacThuc", OTP)),
          Map.entry("/kich-hoat", ACCOUNT_CODE),
          Map.entry("/dat-lai-mat-khau", ACCOUNT_CODE),
          Map.entry("/dang-ky", Map.of("loai", KIND)),
          Map.entry("/dang-nhap", LOGIN_NOTICES),
          Map.entry("/tai-khoan", Map.of("daLuu", SAVED, "boSung", INCOMPLETE)),
          Map.entry("/kho-tai-lieu", Map.of("daLuu", SAVED, "daCo", HELD)),
          Map.entry("/thu-tuc", Map.of("capDo", LEVEL, "linhVuc", FIELD)));

  /** Only the declaration's GET: its POST carries the form's own fields. */
  private static final Pattern DECLARATION = Pattern.compile("/nop-ho-so/[^/]+/to-khai");

  private static final Map<String, String> EARLIER_DOSSIER = Map.of("tuHoSo", FROM_DOSSIER);

  /** A dossier of one's own, with the notice of the step that led there. */
  private static final Pattern MY_DOSSIER = Pattern.compile("/ho-so-cua-toi/[^/]+");

  private static final Map<String, String> MY_DOSSIER_NOTICES =
      Map.of(
          "moiNop", SUBMITTED,
          "daRut", WITHDRAWN,
          "daBoSung", SUPPLEMENTED,
          "daDanhGia", RATED);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String> former = formerNames(request);
    // nothing is read from a request no page renamed (a signed callback's body, an upload's parts)
    if (former.isEmpty()
        || request.getParameterMap().keySet().stream().noneMatch(former::containsKey)) {
      chain.doFilter(request, response);
      return;
    }
    Map<String, String[]> renamed = new LinkedHashMap<>(request.getParameterMap());
    former.forEach(
        (old, current) -> {
          String[] values = renamed.remove(old);
          if (values != null) {
            renamed.putIfAbsent(current, values);
          }
        });
    chain.doFilter(new Renamed(request, Collections.unmodifiableMap(renamed)), response);
  }

  private static Map<String, String> formerNames(HttpServletRequest request) {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return Map.of();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && DECLARATION.matcher(path).matches()) {
      return EARLIER_DOSSIER;
    }
    if ("GET".equals(request.getMethod()) && MY_DOSSIER.matcher(path).matches()) {
      return MY_DOSSIER_NOTICES;
    }
    return CURRENT.getOrDefault(path, Map.of());
  }

  private static final class Renamed extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    Renamed(HttpServletRequest request, Map<String, String[]> parameters) {
      super(request);
      this.parameters = parameters;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
