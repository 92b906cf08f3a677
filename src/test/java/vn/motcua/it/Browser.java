package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's pages in Chromium, given to the test method by {@link BrowserExtension} ({@link
 * BrowserTest}): each page in a browser context of its own, all closed after the test. Screenshots
 * go to {@code target/screenshots/}; axe-core (installed with the lint's npm packages) checks a
 * page's accessibility.
 */
final class Browser {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path AXE = Path.of("src", "test", "lint", "node_modules", "axe-core", "axe.min.js");

  private final com.microsoft.playwright.Browser chromium;
  private final List<BrowserContext> contexts = new ArrayList<>();

  Browser(com.microsoft.playwright.Browser chromium) {
    this.chromium = chromium;
  }

  /** The width of the phone the portal must fit: no sideways scrolling below it. */
  static final int PHONE_WIDTH = 360;

  /**
   * A page of the given width (360 for a phone), with the browser's language set to {@code locale}.
   */
  Page page(int width, int height, String locale) {
    BrowserContext context =
        chromium.newContext(
            new NewContextOptions().setViewportSize(width, height).setLocale(locale));
    contexts.add(context);
    return context.newPage();
  }

  /** A phone's page ({@link #PHONE_WIDTH} wide), in Vietnamese. */
  Page phone() {
    return page(PHONE_WIDTH, 740, "vi-VN");
  }

  static void screenshot(Page page, String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /**
   * The page's width as laid out: on a phone it must not exceed the screen (no sideways scrolling).
   */
  static int layoutWidth(Page page) {
    return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
  }

  /** Fails when a phone's page is laid out wider than the phone's screen. */
  static void assertFitsThePhone(Page phone) {
    assertThat(layoutWidth(phone))
        .as("nothing wider than the screen")
        .isLessThanOrEqualTo(PHONE_WIDTH);
  }

  /** axe-core's serious and critical violations of the page, as "rule: help" lines. */
  @SuppressWarnings("unchecked")
  static List<String> seriousAccessibilityViolations(Page page) throws Exception {
    // through the DevTools protocol, which the page's Content-Security-Policy (no inline scripts)
    // does not govern
    page.evaluate(Files.readString(AXE));
    Object result =
        page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help)");
    return (List<String>) result;
  }

  /**
   * axe-core's serious and critical violations within the elements {@code include} matches, leaving
   * out those {@code exclude} matches (a part of the page that is not ours and that we cannot
   * change), as "rule: help (elements)" lines.
   */
  @SuppressWarnings("unchecked")
  static List<String> seriousAccessibilityViolations(
      Page page, String include, List<String> exclude) throws Exception {
    page.evaluate(Files.readString(AXE));
    Object result =
        page.evaluate(
            "async ([include, exclude]) => (await axe.run("
                + "{include: [[include]], exclude: exclude.map(s => [s])},"
                + " {resultTypes: ['violations']})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.html).join(' | ') + ')')",
            List.of(include, exclude));
    return (List<String>) result;
  }

  /** A screenshot of every open page, {@code name-1.png} and on (a failed test's last view). */
  void screenshots(String name) throws Exception {
    int n = 0;
    for (BrowserContext context : contexts) {
      for (Page page : context.pages()) {
        try {
          screenshot(page, name + "-" + ++n);
        } catch (RuntimeException e) {
          // a page that cannot be drawn any more: the test's own failure is what counts
        }
      }
    }
  }

  void close() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }
}
