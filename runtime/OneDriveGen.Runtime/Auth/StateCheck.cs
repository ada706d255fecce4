using System.Security.Cryptography;
using System.Text;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// Compares a redirect's state with the sign-in's in constant time, so that timing tells a local attacker
/// nothing about the expected value.
/// </summary>
internal static class StateCheck
{
    public static bool Matches(string? actual, string expected) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
