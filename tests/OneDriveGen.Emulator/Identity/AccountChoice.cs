using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;

namespace OneDriveGen.Emulator.Identity;

/// <summary>The "Sign in as" radio buttons of the emulator's sign-in pages (authorize and device login).</summary>
internal static class AccountChoice
{
    public static void Append(StringBuilder html, IList<EmulatorAccount> accounts, EmulatorAccount chosen)
    {
        html.Append("<fieldset><legend>Sign in as</legend>");
        for (var i = 0; i < accounts.Count; i++)
        {
            var login = HtmlEncoder.Default.Encode(accounts[i].Login);
            html.Append("<label><input type=\"radio\" name=\"account\" id=\"account-").Append(i).Append("\" value=\"").Append(login).Append('"')
                .Append(accounts[i] == chosen ? " checked" : string.Empty).Append("> ")
                .Append(HtmlEncoder.Default.Encode(accounts[i].DisplayName)).Append(" (").Append(login).Append(")</label><br>");
        }

        html.Append("</fieldset>");
    }
}
