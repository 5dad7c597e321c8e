<#import "template.ftl" as layout>
<#include "invitation.ftl">
<@layout.emailLayout>
<p style="margin-top:0;">${msg("pxInvitationGreeting", invitee())}</p>
<p>${msg("pxResetBody")}</p>
<@layout.button href=link label=msg("pxResetButton")/>
<p style="font-size:13px;color:#4b5563;">${msg("pxResetExpiry", linkExpirationFormatter(linkExpiration))}</p>
<p style="font-size:13px;color:#4b5563;word-break:break-all;">${msg("pxLinkFallback")}<br><a href="${link}" style="color:#1565c0;">${link}</a></p>
<p style="font-size:13px;color:#4b5563;">${msg("pxResetNotYou")}</p>
</@layout.emailLayout>
