package io.parallax.web.privacy;

import io.parallax.ejb.privacy.DepartedMember;
import io.parallax.ejb.privacy.ErasedMember;
import io.parallax.ejb.privacy.Erasure;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The school admin's page for departed members: each can be erased, after a confirmation. */
@Named
@ViewScoped
public class ErasureView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Erasure erasure;

  private final ServiceTable<DepartedMember> table =
      new ServiceTable<>(listing -> erasure.departed(listing), DepartedMember::id);

  public void erase(DepartedMember member) {
    ErasedMember erased = Messages.obtain("", () -> erasure.erase(member.id(), member.version()));
    if (erased != null) {
      Messages.info("erasure.done", erased.pseudonym());
    }
  }

  public ServiceTable<DepartedMember> getDeparted() {
    return table;
  }
}
