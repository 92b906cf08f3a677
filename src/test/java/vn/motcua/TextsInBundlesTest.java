package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Texts shown to people live in the message bundles ({@code messages.properties}, Vietnamese first,
 * and {@code messages_en.properties}); identifiers, log and exception messages are English. So no
 * string literal (text blocks included) in the main Java sources holds a letter outside ASCII —
 * Vietnamese letters above all — except in the files listed here, each with its reason. Comments
 * are not literals and may speak Vietnamese.
 */
class TextsInBundlesTest {

  private static final Path SOURCES = Path.of("src/main/java/vn/motcua");

  /** Files whose literals are data, not texts: names, addresses, words the code must recognise. */
  private static final Map<String, String> DATA =
      Map.ofEntries(
          Map.entry(
              "applicant/sandbox/SandboxCitizens.java",
              "the sandbox identity provider's citizens: names and addresses are demo data"),
          Map.entry(
              "applicant/internal/DemoApplicants.java",
              "the demo applicants' names and addresses: demo data"),
          Map.entry(
              "workflow/identity/DemoOfficers.java",
              "the demo officers' names, written into Camunda's identity tables: demo data"),
          Map.entry(
              "workflow/identity/OfficerGroups.java",
              "the names of Camunda groups, stored in the engine's identity tables: data"),
          Map.entry(
              "applicant/sandbox/SandboxEidProvider.java",
              "the OpenID client's registered name (\"Một Cửa\"): data of the sandbox provider"),
          Map.entry(
              "shared/PostalAddress.java",
              "the Vietnamese words an address is recognised by (xã, phường, tỉnh…): a rule"),
          Map.entry(
              "shared/VietnameseFormats.java",
              "the Vietnamese format of dates and amounts ('ngày', 'đồng') for Vietnamese slips"),
          Map.entry(
              "catalog/internal/ProcedureCatalogService.java",
              "folds 'đ' to 'd' so searches without diacritics match: a rule"),
          Map.entry(
              "dossier/internal/PublicLookupService.java",
              "a decoy dossier with a typical name, so an unknown code costs as long as a known one"));

  @Test
  void mainJavaLiteralsHoldNoTextForPeople() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        if (DATA.containsKey(name)) {
          continue;
        }
        for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
          if (literal.text().chars().anyMatch(TextsInBundlesTest::isForeignLetter)) {
            found.add(name + ":" + literal.line() + " " + literal.text());
          }
        }
      }
    }
    assertThat(found)
        .as("literals with non-ASCII letters: move them to messages*.properties")
        .isEmpty();
  }

  @Test
  void everyListedFileStillExists() {
    DATA.keySet().stream().forEach(name -> assertThat(SOURCES.resolve(name)).as(name).exists());
  }

  @Test
  void theScannerSeesLiteralsAndSkipsComments() {
    String source =
        """
        // "bình luận"
        /* "chú thích" */
        class A { char c = 'đ'; String s = "một \\" hai"; String t = \"""
          ba
          \"""; }
        """;
    assertThat(literals(source))
        .extracting(Literal::text)
        .containsExactly("một \\\" hai", "\n  ba\n  ");
  }

  /** A letter beyond ASCII, or a combining mark (a decomposed "à" is "a" and U+0300). */
  private static boolean isForeignLetter(int c) {
    return c > 127 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  record Literal(int line, String text) {}

  /** The string literals and text blocks of a Java source, without comments and char literals. */
  static List<Literal> literals(String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        literals.add(new Literal(line, source.substring(i + 3, Math.min(end, n))));
        end = Math.min(end + 3, n);
        line += count(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(new Literal(line, source.substring(i + 1, Math.min(end, n))));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int count(String source, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
