package vn.motcua.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A procedure's result template: well-formed XHTML with {@code {{name}}} placeholders, each
 * replaced by an HTML-escaped text of the result's data (docs/procedures.md, "Result templates").
 * Deliberately not Thymeleaf or any expression language: a template travels with an analyst's
 * deployment through {@code /engine-rest}, so it may name data, never call code; and it may not
 * load anything from outside (no external images, style sheets or entities).
 */
public final class ResultTemplates {

  /** A placeholder: a dotted name of letters, digits and underscores. */
  public static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\\s*}}");

  private static final Pattern ANY_BRACES = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
  private static final Pattern CSS_URL =
      Pattern.compile("(?i)url\\s*\\(|@import|expression\\s*\\(");

  private ResultTemplates() {}

  /** The house style every result has ({@code paper/result-house.css}). */
  private static final String HOUSE_STYLE = houseStyle();

  /**
   * The document to lay out: the template filled ({@link #fill}), with the house style first in its
   * {@code <head>} (A4 page, font, the heading and signature tables), which the template's own
   * style may override.
   */
  public static String document(String html, Map<String, String> values) {
    return fill(html, values)
        .replaceFirst(
            "<head>", Matcher.quoteReplacement("<head>\n<style>\n" + HOUSE_STYLE + "</style>"));
  }

  private static String houseStyle() {
    try (InputStream in = ResultTemplates.class.getResourceAsStream("/paper/result-house.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template with each placeholder replaced by its escaped value ("" when it has none). */
  public static String fill(String html, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.getOrDefault(m.group(1), "");
      m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** What keeps {@code html} from being a result template; empty when it is one. */
  public static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    if (html == null || html.isBlank()) {
      problems.add("it is empty");
      return problems;
    }
    Matcher braces = ANY_BRACES.matcher(html);
    while (braces.find()) {
      if (!PLACEHOLDER.matcher(braces.group()).matches()) {
        problems.add("'" + braces.group() + "' is not a placeholder {{name}}");
      }
    }
    if (CSS_URL.matcher(html).find()) {
      problems.add("its style loads from outside (url(), @import or expression())");
    }
    try {
      Document document = parse(fill(html, Map.of()));
      for (String tag : List.of("img", "link", "script", "object", "embed", "iframe", "base")) {
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
          Element e = (Element) nodes.item(i);
          String src = e.hasAttribute("src") ? e.getAttribute("src") : e.getAttribute("href");
          if (!"img".equals(tag) || !src.startsWith("data:")) {
            problems.add("<" + tag + "> is not allowed (only <img> with a data: URI)");
          }
        }
      }
    } catch (Exception e) {
      problems.add("it is not well-formed XHTML: " + e.getMessage());
    }
    return problems;
  }

  private static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler());
    return builder.parse(new InputSource(new StringReader(xhtml)));
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
