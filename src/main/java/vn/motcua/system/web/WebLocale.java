package vn.motcua.system.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first. The portal's pages speak Vietnamese unless the citizen chooses English (the
 * {@code lang} link, remembered in a cookie), whatever the browser's language; the JSON APIs (ours
 * and {@code /engine-rest}) follow {@code Accept-Language}, as API clients expect, and fall back to
 * Vietnamese.
 */
@Configuration
class WebLocale implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
  static final String COOKIE = "lang";

  /** The language chosen by this very request ({@code ?lang=}), before its cookie comes back. */
  static final String CHOSEN = WebLocale.class.getName() + ".CHOSEN";

  @Bean
  LocaleResolver localeResolver() {
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
          return chosen;
        }
        if (request.getCookies() != null) {
          for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
              return supported(cookie.getValue());
            }
          }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.startsWith("/api/") || path.startsWith("/engine-rest/"))
            && request.getHeader("Accept-Language") != null) {
          Locale best =
              Locale.lookup(
                  Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
          return best == null ? VIETNAMESE : best;
        }
        return VIETNAMESE;
      }

      @Override
      public void setLocale(
          HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie =
            new Cookie(
                COOKIE, supported(locale == null ? "vi" : locale.getLanguage()).getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(
            request.isSecure()); // as the session cookie: on HTTPS, direct or through the proxy
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(CHOSEN, supported(locale == null ? "vi" : locale.getLanguage()));
      }
    };
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    // ?lang=%00 is no language: the page stays in the one it had (Spring would fail the request)
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }

  static Locale supported(String language) {
    return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : VIETNAMESE;
  }
}
