package vn.motcua.dossier;

import java.util.List;

/**
 * Papers of a dossier that other modules make and an officer can open from the task form and the
 * officers' dossier page (the slips, the result): each module that makes some implements this, and
 * the dossier module lists them without knowing them.
 */
public interface OfficerLinks {

  /** A paper as a link: its label (Vietnamese) and where it opens for an officer. */
  record Link(String label, String href) {}

  List<Link> of(DossierView dossier);
}
