package vn.motcua.paper;

import java.util.Collection;
import java.util.Map;

/**
 * The values the officers' task forms gave a dossier that its result prints (the judicial record's
 * finding, …): the workflow module answers from the dossier's running process.
 */
public interface AssessmentValues {

  /** The named values the dossier's process holds; a name it has no value for is left out. */
  Map<String, Object> of(String dossierCode, Collection<String> names);
}
