package vn.motcua.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The "chọn từ kho" fragment as a submission form includes it: one radio per valid document, and
 * "none".
 */
class DocumentPickerTest {

  static final String HOST =
      "<form><div th:replace=\"~{portal/documents :: picker('identityDocument', ${docs})}\"></div></form>";

  static String render(List<DocumentRows.Row> docs, Map<String, String> errors) {
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setCharacterEncoding("UTF-8");
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver host = new StringTemplateResolver();
    host.setOrder(2);
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(host);
    engine.setTemplateEngineMessageSource(messages);
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariable("docs", docs);
    context.setVariable("errors", errors);
    return engine.process(HOST, context);
  }

  @Test
  void offersEachDocument_andNoneChosenAtFirst() {
    UUID id = UUID.randomUUID();
    String html =
        render(
            List.of(
                new DocumentRows.Row(
                    id,
                    "CITIZEN_ID_CARD",
                    "Thẻ căn cước",
                    "can-cuoc.pdf",
                    "1,2 MB",
                    "26/11/2026",
                    "31/12/2036",
                    false,
                    List.of())),
            null);
    assertThat(html)
        .contains("<legend>Chọn giấy tờ có trong kho</legend>")
        .contains(
            "<input type=\"radio\" id=\"identityDocument-none\" name=\"identityDocument\" value=\"\" checked>")
        .contains(
            "<input type=\"radio\" id=\"identityDocument-"
                + id
                + "\" name=\"identityDocument\" value=\""
                + id
                + "\">")
        .contains("<label for=\"identityDocument-" + id + "\">")
        .contains("can-cuoc.pdf")
        .contains("tải lên ngày 26/11/2026, có giá trị đến 31/12/2036");
  }

  @Test
  void saysSoWhenThereIsNothingToChoose_andShowsItsError() {
    String html =
        render(List.of(), Map.of("identityDocument", "Giấy tờ tùy thân: giấy tờ bắt buộc."));
    assertThat(html)
        .contains("Kho chưa có giấy tờ loại này còn hiệu lực.")
        .doesNotContain("type=\"radio\"")
        .contains("class=\"field picker has-error\"")
        .contains("aria-describedby=\"identityDocument-error\"")
        .contains(
            "<p class=\"error\" id=\"identityDocument-error\">Giấy tờ tùy thân: giấy tờ bắt buộc.</p>");
  }
}
