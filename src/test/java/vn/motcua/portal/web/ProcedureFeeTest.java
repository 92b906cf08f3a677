package vn.motcua.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.motcua.catalog.FeeSchedule;
import vn.motcua.catalog.ProcedureDescriptor;

/** A procedure's fee as the procedure page lists it, rule by rule, before the citizen applies. */
class ProcedureFeeTest {

  final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  final SpringTemplateEngine engine = engine();

  static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix("templates/");
    templates.setSuffix(".html");
    templates.setCharacterEncoding("UTF-8");
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }

  String page(String process) throws Exception {
    FeeSchedule fee =
        mapper
            .readValue(
                Path.of("processes", process + ".procedure.json").toFile(),
                ProcedureDescriptor.class)
            .fee();
    Context context =
        new Context(Locale.forLanguageTag("vi"), Map.of("fee", fee, "fmt", Formats.INSTANCE));
    return engine.process("portal/fee", Set.of("rules"), context);
  }

  @Test
  void theResidenceFeeShowsBothChannels_andTheExemption() throws Exception {
    assertThat(page("permanent-residence-registration"))
        .contains("nộp hồ sơ trực tiếp: 20.000 đồng")
        .contains("nộp hồ sơ qua Cổng dịch vụ công trực tuyến: 10.000 đồng")
        .contains("miễn lệ phí: 0 đồng")
        .doesNotContain("<p>");
  }

  @Test
  void theCertifiedCopyFeeShowsItsPageTiersAndItsCap() throws Exception {
    assertThat(page("certified-copy"))
        .contains("Phí chứng thực bản sao từ bản chính: 2.000 đồng mỗi trang")
        .contains("Từ trang thứ 3 trở đi: 1.000 đồng mỗi trang")
        .contains("Tối đa 200.000 đồng mỗi bản")
        .doesNotContain("0 đồng</p>");
  }

  @Test
  void perCopyAndPerCaseFees_sayTheirUnit() throws Exception {
    assertThat(page("civil-status-extract-copy"))
        .contains("Phí cấp bản sao trích lục hộ tịch: 8.000 đồng mỗi bản");
    assertThat(page("signature-authentication"))
        .contains("Phí chứng thực chữ ký: 10.000 đồng mỗi trường hợp");
    assertThat(page("death-registration"))
        .contains("Lệ phí đăng ký khai tử quá hạn (mức do HĐND tỉnh quy định): 8.000 đồng")
        .contains("miễn lệ phí")
        .contains("Phí cấp bản sao trích lục khai tử: 8.000 đồng mỗi bản");
  }

  @Test
  void theFirstTwoProceduresReadAsBefore() throws Exception {
    assertThat(page("judicial-record-certificate"))
        .contains("200.000 đồng", "100.000 đồng", "Từ bản thứ 3 trở lên: 5.000 đồng mỗi bản")
        .doesNotContain("<p>");
    assertThat(page("birth-registration"))
        .contains("Lệ phí đăng ký khai sinh quá hạn (mức do HĐND tỉnh quy định): 8.000 đồng")
        .contains("miễn lệ phí");
  }
}
