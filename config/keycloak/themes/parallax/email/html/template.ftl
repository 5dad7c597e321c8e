<#macro emailLayout>
<html lang="${locale.language}">
<body style="margin:0;padding:0;background:#f7f8fa;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2937;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f7f8fa;padding:24px 0;">
  <tr><td align="center">
    <table role="presentation" width="560" cellspacing="0" cellpadding="0" style="max-width:560px;background:#ffffff;border-radius:8px;border:1px solid #e5e7eb;">
      <tr><td style="background:#1e3a5f;color:#ffffff;padding:16px 24px;border-radius:8px 8px 0 0;font-size:20px;font-weight:600;">Parallax</td></tr>
      <tr><td style="padding:24px;font-size:15px;line-height:1.5;">
        <#nested>
      </td></tr>
      <tr><td style="padding:12px 24px;font-size:12px;color:#4b5563;border-top:1px solid #e5e7eb;">${msg("pxFooter")}</td></tr>
    </table>
  </td></tr>
</table>
</body>
</html>
</#macro>

<#macro button href label>
<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;background:#1565c0;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:6px;font-weight:600;">${label}</a></p>
</#macro>
