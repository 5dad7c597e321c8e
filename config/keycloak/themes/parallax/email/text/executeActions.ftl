<#ftl output_format="plainText">
<#include "../html/invitation.ftl">
${msg("pxInvitationGreeting", invitee())}

${msg("pxInvitationBody", school(), roles())}

${msg("pxInvitationWelcome")}

${msg("pxInvitationButton")}: ${link}

${msg("pxInvitationExpiry", linkExpirationFormatter(linkExpiration))}

${msg("pxInvitationNotYou")}
