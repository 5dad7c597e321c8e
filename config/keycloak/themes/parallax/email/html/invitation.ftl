<#-- What an invitation names: the school (the invitee's organization), the invitee and their
     Parallax roles (the account's "parallaxRoles" attribute: realm roles, comma-separated). -->
<#function school>
  <#if user.organizations?? && user.organizations?has_content><#return user.organizations?first.name></#if>
  <#return realmName>
</#function>
<#function invitee>
  <#return ((user.firstName!"") + " " + (user.lastName!""))?trim>
</#function>
<#function roles>
  <#local codes = (user.attributes.parallaxRoles)!"">
  <#if codes == ""><#return msg("pxRole.member")></#if>
  <#local words = []>
  <#list codes?split(",") as code><#local words = words + [msg("pxRole." + code?trim)]></#list>
  <#return words?join(" " + msg("pxAnd") + " ")>
</#function>
