using Xunit;

namespace OneDriveGen.Tests.Shared;

/// <summary>
/// The published quickXorHash test vectors (content and hash, both base64), as OneDrive clients use them. Data
/// only: the runtime and the emulator each check their own implementation against it.
/// </summary>
internal static class QuickXorVectors
{
    public static TheoryData<string, string> Published => new()
    {
        { "", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" },
        { "Sg==", "SgAAAAAAAAAAAAAAAQAAAAAAAAA=" },
        { "tbQ=", "taAFAAAAAAAAAAAAAgAAAAAAAAA=" },
        { "T6LYJIfDh81JrAK309H2JMJTXis=", "zBTHrspn3mEcohlJdIUAbjGNaNg=" },
        { "DWAAX5/CIfrmErgZa8ot6ZraeSbu", "LR2Z0PjuRYGKQB/mhQAuMrAGZbQ=" },
        { "Mb7EGva2rEE5fENDL85P+BsapHEEjv2/siVhKjvAQe02feExVOQSkfmuYzU/kTF1MaKjPmKF/w+cbvwfdWL8aQ==", "n1anP5NfvD4XDYWIeRPW3ZkPv1Y=" },
        { "PfxMcUd0vIW6VbHG/uj/Y0W6qEoKmyBD0nYebEKazKaKG+UaDqBEcmQjbfQeVnVLuodMoPp7P7TR1htX5n2VnkHh22xDyoJ8C/ZQKiSNqQfXvh83judf4RVr9exJCud8Uvgip6aVZTaPrJHVjQhMCp/dEnGvqg0oN5OVkM2qqAXvA0teKUDhgNM71sDBVBCGXxNOR2bpbD1iM4dnuT0ey4L+loXEHTL0fqMeUcEi2asgImnlNakwenDzz0x57aBwyq3AspCFGB1ncX4yYCr/OaCcS5OKi/00WH+wNQU3", "QX/YEpG0gDsmhEpCdWhsxDzsfVE=" },
    };
}
