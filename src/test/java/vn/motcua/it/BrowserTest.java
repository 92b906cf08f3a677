package vn.motcua.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Debian's Chromium through Playwright ({@link BrowserExtension}): a test
 * method takes a {@link Browser} parameter and opens its pages with it. One Chromium per class, a
 * fresh browser context per page; a failed test leaves a screenshot of each of its pages in {@code
 * target/screenshots/failed-*.png}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
