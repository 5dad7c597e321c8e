<#ftl output_format="plainText">
<#include "../html/invitation.ftl">
${msg("pxInvitationGreeting", invitee())}

${msg("pxResetBody")}

${msg("pxResetButton")}: ${link}

${msg("pxResetExpiry", linkExpirationFormatter(linkExpiration))}

${msg("pxResetNotYou")}
