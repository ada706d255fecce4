using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>Where the tokens of signed-in accounts are kept between requests (and, for some stores, processes).</summary>
public interface ITokenStore
{
    /// <summary>The tokens of <paramref name="account"/>, or null when it has never signed in (or signed out).</summary>
    ValueTask<TokenSet?> GetAsync(string account, CancellationToken cancellationToken = default);

    /// <summary>Saves the tokens of <paramref name="account"/>, replacing what was there.</summary>
    ValueTask SetAsync(string account, TokenSet tokens, CancellationToken cancellationToken = default);

    /// <summary>Forgets the tokens of <paramref name="account"/>.</summary>
    ValueTask RemoveAsync(string account, CancellationToken cancellationToken = default);
}
