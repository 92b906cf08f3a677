package vn.motcua.payment.vnpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import vn.motcua.payment.PaymentGateway;
import vn.motcua.shared.PublicUrls;

/**
 * The querydr request is dated by the application's clock, so tests and every node agree on "now".
 */
class VnpayGatewayTest {

  @Test
  void aQuery_isDatedByTheApplicationsClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T03:04:05Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    RestClient.Builder http = RestClient.builder();
    MockRestServiceServer gateway = MockRestServiceServer.bindTo(http).build();
    PublicUrls urls = mock(PublicUrls.class);
    when(urls.resolve(anyString())).thenAnswer(call -> "http://gateway.test" + call.getArgument(0));
    VnpayGateway adapter =
        new VnpayGateway(
            new VnpayProperties(null, null, null, "MOTCUA01", "secret", null, null, null, null),
            urls,
            http,
            clock);
    gateway
        .expect(requestTo("http://gateway.test/sandbox/vnpay/merchant_webapi/api/transaction"))
        .andExpect(jsonPath("$.vnp_CreateDate").value("20261126100405"))
        .andExpect(jsonPath("$.vnp_TransactionDate").value("20261126093000"))
        .andRespond(withSuccess("{\"vnp_ResponseCode\":\"91\"}", MediaType.APPLICATION_JSON));

    PaymentGateway.QueryResult result =
        adapter.query("MC2611260000000001", Instant.parse("2026-11-26T02:30:00Z"));

    assertThat(result.found()).isFalse();
    gateway.verify();
  }
}
