package vn.motcua.paper.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.OfficerLinks;
import vn.motcua.paper.SlipKind;
import vn.motcua.paper.Slips;
import vn.motcua.shared.VietnameseTexts;

/**
 * The slips issued so far and the process-control slip (06), as links an officer opens in the
 * browser session of Tasklist ({@code /can-bo/ho-so/{code}/phieu/{number}.pdf}).
 */
@Component
class SlipOfficerLinks implements OfficerLinks {

  private final Slips slips;

  SlipOfficerLinks(Slips slips) {
    this.slips = slips;
  }

  @Override
  public List<Link> of(DossierView dossier) {
    List<SlipKind> kinds = new ArrayList<>(slips.issuedToApplicant(dossier));
    kinds.add(SlipKind.PROCESS_CONTROL);
    return kinds.stream()
        .map(
            k ->
                new Link(
                    k.number() + " " + VietnameseTexts.text(k.titleKey()),
                    "/can-bo/ho-so/" + dossier.code() + "/phieu/" + k.number() + ".pdf"))
        .toList();
  }
}
