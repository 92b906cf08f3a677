package vn.motcua.it;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browser tests' one way to Chromium ({@link BrowserTest}): Debian's Chromium driven by
 * Playwright for Java, with no browser download (STACK.md). The executable is {@code
 * -Dchromium.path}, else {@code /usr/bin/chromium}, which {@code .ci/run} installs. Launched once
 * per test class; each test gets a {@link Browser} whose pages are closed after it, with a
 * screenshot of each when the test failed.
 */
public class BrowserExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Chromium.class, new Chromium());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Browser.class,
            key ->
                new Browser(
                    context.getStore(NAMESPACE).get(Chromium.class, Chromium.class).browser),
            Browser.class);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    if (browser == null) {
      return;
    }
    try {
      if (context.getExecutionException().isPresent()) {
        browser.screenshots(
            "failed-"
                + context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName());
      }
    } finally {
      browser.close();
    }
  }

  /** Playwright and Chromium, one per test class; JUnit closes them after the class. */
  private static final class Chromium implements ExtensionContext.Store.CloseableResource {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Chromium() {
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

    @Override
    public void close() {
      browser.close();
      playwright.close();
    }
  }
}
