package io.parallax.ejb.school.roster;

import io.parallax.domain.school.MemberRole;
import java.io.Serializable;
import java.util.Set;

/** A member the school has already, as the import check sees them (matched by e-mail). */
public record KnownMember(String email, Set<MemberRole> roles, boolean active)
    implements Serializable {

  public KnownMember {
    roles = Set.copyOf(roles);
  }
}
