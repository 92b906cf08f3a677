package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.core.io.DefaultResourceLoader;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgencyTree;

/** {@code motcua.agencies.file}: a bare path, {@code classpath:}, unset, or a file that is not. */
class AgencyFileTest {

  final Agencies agencies = mock(Agencies.class);
  final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  AgencyFile file(String location) {
    return new AgencyFile(agencies, json, new DefaultResourceLoader(), location);
  }

  @Test
  void aBarePath_isAFile_importedAsSystem(@TempDir Path dir) throws Exception {
    Path tree = dir.resolve("agencies.json");
    Files.writeString(
        tree,
        """
        {"levels": [{"code": "PROVINCE", "name": "Cap tinh", "rank": 1}],
         "agencies": [{"id": "tinh", "code": "000.00.00.T99", "name": "UBND", "level": "PROVINCE",
                       "validFrom": "2025-07-01", "kind": "PEOPLES_COMMITTEE", "roles": []}]}
        """);
    file(tree.toString()).run(null);
    ArgumentCaptor<AgencyTree> read = ArgumentCaptor.forClass(AgencyTree.class);
    verify(agencies).importTree(read.capture(), eq("system"), eq(tree.toString()));
    assertThat(read.getValue().agencies())
        .singleElement()
        .satisfies(n -> assertThat(n.roles()).as("no roles, not all").isEmpty());
  }

  @Test
  void theDemoTree_onTheClasspath_isWhatTheDemoLoads() throws Exception {
    file("classpath:demo/agencies-nghean.json").run(null);
    ArgumentCaptor<AgencyTree> read = ArgumentCaptor.forClass(AgencyTree.class);
    verify(agencies).importTree(read.capture(), anyString(), anyString());
    assertThat(read.getValue().agencies())
        .extracting(AgencyTree.Node::id)
        .contains("lamthanh", "ca-lamthanh", "bhxh-hungnguyen");
  }

  @Test
  void unset_loadsNothing() throws Exception {
    file("").run(null);
    verify(agencies, never()).importTree(any(), any(), any());
  }

  @Test
  void aFileThatIsNot_stopsTheStart() {
    assertThatThrownBy(() -> file("/no/such/agencies.json").run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/no/such/agencies.json");
  }
}
