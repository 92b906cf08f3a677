package vn.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgencyImport;
import vn.motcua.catalog.AgencyTree;

/**
 * The administrators' API to the agency tree (docs/agencies.md): members of {@code camunda-admin},
 * HTTP Basic with their Camunda account ({@code vn.motcua.system.security.WebSecurity}).
 */
@RestController
@RequestMapping("/api/admin/agencies")
@Tag(name = "Agency administration", description = "The agency tree, for administrators")
class AgencyAdminController {

  static final String SOURCE = "api";

  /** How an import went: the audit's record of it. */
  record ImportResult(long importId, int added, int changed, int unchanged) {}

  private final Agencies agencies;

  AgencyAdminController(Agencies agencies) {
    this.agencies = agencies;
  }

  @GetMapping
  @Operation(
      summary = "The whole tree, valid or not, in the file's shape",
      description = "What PUT takes back: levels, then agencies with parents first.")
  AgencyTree tree() {
    return agencies.tree();
  }

  @PutMapping
  @Operation(
      summary = "Import a tree: add and update its levels and agencies",
      description =
          "Agencies and levels not named stay as they are. The whole tree is checked first: 400"
              + " lists every problem, each naming the agency or level and the field, and nothing"
              + " is changed. The import is audited.")
  ImportResult importTree(@RequestBody AgencyTree tree, Principal administrator) {
    AgencyImport done = agencies.importTree(tree, administrator.getName(), SOURCE);
    return new ImportResult(done.id(), done.added(), done.changed(), done.unchanged());
  }

  @GetMapping("/audit")
  @Operation(summary = "The last imports, newest first: who, when, from where, what changed")
  List<AgencyImport> audit(@RequestParam(defaultValue = "20") int limit) {
    return agencies.audit(Math.min(Math.max(limit, 1), 200));
  }
}
