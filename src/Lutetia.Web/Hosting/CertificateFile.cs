using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The HTTPS certificate of <c>lutetia serve</c>: a PEM certificate (chain) with its PEM private key
/// in <see cref="KeyPath"/> (or in the same file), or a PKCS#12 (.pfx/.p12) file with an optional
/// password. The password comes from a file, never from the command line.
/// </summary>
public sealed record CertificateFile(string Path, string? KeyPath, string? Password)
{
    /// <summary>The certificate with its private key, or null and what is wrong with the files (never the password).</summary>
    public X509Certificate2? TryLoad(out string? problem)
    {
        problem = null;
        try
        {
            var certificate = IsPkcs12(Path)
                ? X509CertificateLoader.LoadPkcs12FromFile(Path, Password, X509KeyStorageFlags.EphemeralKeySet)
                : Password is null
                    ? X509Certificate2.CreateFromPemFile(Path, KeyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(Path, Password, KeyPath);
            if (!certificate.HasPrivateKey)
            {
                problem = $"the certificate {Path} has no private key: give the key file too (certificateKey, LUTETIA_CERTIFICATE_KEY)";
                certificate.Dispose();
                return null;
            }
            if (certificate.NotAfter.ToUniversalTime() < DateTime.UtcNow)
            {
                problem = $"the certificate {Path} expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd} (UTC): renew it, then restart";
                certificate.Dispose();
                return null;
            }
            return certificate;
        }
        // Library boundary: .NET's certificate loaders refuse a damaged or mismatched PEM/PFX with these.
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            problem = $"cannot read the HTTPS certificate {Path}{(KeyPath is null ? "" : $" with the key {KeyPath}")}: {e.Message.TrimEnd('.')}. " +
                      "Give a PEM certificate with its PEM key (certificateKey), or a .pfx file with its password file, readable by this account";
            return null;
        }
    }

    private static bool IsPkcs12(string path) =>
        path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase);
}
