package io.parallax.domain.school;

import io.parallax.domain.contracting.EnumSetColumn;
import jakarta.persistence.Converter;

/** A member's roles in one column. */
@Converter
public class MemberRolesColumn extends EnumSetColumn<MemberRole> {
  public MemberRolesColumn() {
    super(MemberRole.class);
  }
}
