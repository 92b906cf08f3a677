package vn.motcua.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The public look-up's rate limits as a test of them needs: per client address, which Tomcat takes
 * from X-Forwarded-For when the caller is a local proxy (as the test client is), and refilling
 * slowly (20 look-ups an hour, 3 one-time codes per 15 minutes) so that no token comes back while a
 * test runs, however slow the machine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(
    properties = {
      "server.forward-headers-strategy=native",
      "motcua.lookup.rate-limits.lookups.capacity=20",
      "motcua.lookup.rate-limits.lookups.period=PT1H",
      "motcua.lookup.rate-limits.code-requests.capacity=3",
      "motcua.lookup.rate-limits.code-requests.period=PT15M"
    })
@interface LookupLimitsPerClient {}
