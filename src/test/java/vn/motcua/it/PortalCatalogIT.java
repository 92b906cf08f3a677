package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The portal's public catalogue as served: Vietnamese whatever the browser's language unless the
 * citizen picks English, search with or without accents, filters by level and field, and a
 * procedure's page with its documents and fees. (Browser tests come with the rest of the portal.)
 */
@IntegrationTest
class PortalCatalogIT {

  @Autowired TestRestTemplate rest;

  String page(String path, String acceptLanguage, String cookie) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    if (cookie != null) {
      headers.set(HttpHeaders.COOKIE, cookie);
    }
    ResponseEntity<String> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  @Test
  void theHomePage_isVietnamese_evenForAnEnglishBrowser() {
    String home = page("/", "en-US,en;q=0.9", null);
    assertThat(home)
        .contains("<html lang=\"vi\"")
        .contains("Tìm thủ tục hành chính")
        .contains("Cấp xã")
        .contains("Hộ tịch");
  }

  @Test
  void englishIsAChoice_rememberedInACookie() {
    ResponseEntity<String> chosen = rest.getForEntity("/?lang=en", String.class);
    assertThat(chosen.getBody())
        .contains("<html lang=\"en\"")
        .contains("Find an administrative procedure");
    String cookie = chosen.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    assertThat(page("/thu-tuc", null, cookie)).contains("Administrative procedures");
  }

  @Test
  void searchWorksWithoutAccents_andFiltersByLevelAndField() {
    assertThat(page("/thu-tuc?q=ly lich tu phap", null, null))
        .contains("Cấp Phiếu lý lịch tư pháp")
        .doesNotContain("Đăng ký khai sinh");
    assertThat(page("/thu-tuc?capDo=COMMUNE", null, null))
        .contains("Đăng ký khai sinh")
        .doesNotContain("lý lịch tư pháp cho");
    assertThat(page("/thu-tuc?linhVuc=LY_LICH_TU_PHAP", null, null))
        .contains("3.000333")
        .contains("1 thủ tục");
    assertThat(page("/thu-tuc?q=khong co thu tuc nay", null, null))
        .contains("Không tìm thấy thủ tục phù hợp");
  }

  @Test
  void aProcedurePage_showsDocumentsFeesTimeAgencyAndLevels() {
    String lltp = page("/thu-tuc/3.000333", null, null);
    assertThat(lltp)
        .contains("Công an tỉnh Nghệ An")
        .contains("Trung tâm Phục vụ hành chính công tỉnh Nghệ An")
        .contains("200.000 đồng")
        .contains("100.000 đồng")
        .contains("Từ bản thứ 3 trở lên: 5.000 đồng mỗi bản")
        .contains("Không quá 10 ngày làm việc")
        .contains("Toàn trình (mức 4)")
        .contains("Một phần (mức 3)");
    String birth = page("/thu-tuc/1.001193", null, null);
    assertThat(birth)
        .contains("Giấy chứng sinh")
        .contains("Bắt buộc")
        .contains("tra cứu từ cơ sở dữ liệu")
        .contains("miễn lệ phí")
        .contains("Ủy ban nhân dân Cấp xã do người dân lựa chọn");
    assertThat(rest.getForEntity("/thu-tuc/9.999", String.class).getStatusCode().value())
        .isEqualTo(404);
  }
}
