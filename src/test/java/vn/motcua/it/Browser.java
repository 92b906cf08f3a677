package vn.motcua.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java, with no browser download (STACK.md): the
 * executable is {@code -Dchromium.path}, else {@code /usr/bin/chromium}, which {@code .ci/run}
 * installs. Screenshots go to {@code target/screenshots/}; axe-core (installed with the lint's npm
 * packages) checks a page's accessibility.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path AXE = Path.of("src", "test", "lint", "node_modules", "axe-core", "axe.min.js");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  Browser() {
    Path chromium = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException(
          "no Chromium at "
              + chromium
              + ": install Debian's chromium (.ci/run does) or set -Dchromium.path");
    }
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  /**
   * A page of the given width (360 for a phone), with the browser's language set to {@code locale}.
   */
  Page page(int width, int height, String locale) {
    return browser
        .newContext(new NewContextOptions().setViewportSize(width, height).setLocale(locale))
        .newPage();
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

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
