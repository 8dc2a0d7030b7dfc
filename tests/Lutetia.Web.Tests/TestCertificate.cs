using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lutetia.Web.Tests;

/// <summary>A self-signed server certificate for localhost and 127.0.0.1, written as PEM (certificate, key) and PKCS#12 files.</summary>
public sealed class TestCertificate : IDisposable
{
    private TestCertificate(string folder, X509Certificate2 certificate)
    {
        Folder = folder;
        Certificate = certificate;
    }

    public string Folder { get; }
    public X509Certificate2 Certificate { get; }
    public string PemPath => Path.Combine(Folder, "server.crt");
    public string KeyPath => Path.Combine(Folder, "server.key");
    public string PfxPath => Path.Combine(Folder, "server.pfx");
    public string PfxPasswordPath => Path.Combine(Folder, "pfx-password");

    public static TestCertificate Create()
    {
        var folder = Directory.CreateTempSubdirectory("lutetia-cert-").FullName;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var created = new TestCertificate(folder, certificate);
        File.WriteAllText(created.PemPath, certificate.ExportCertificatePem());
        File.WriteAllText(created.KeyPath, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(created.PfxPasswordPath, "pfx-secret\n");
        File.WriteAllBytes(created.PfxPath, certificate.Export(X509ContentType.Pkcs12, "pfx-secret"));
        return created;
    }

    /// <summary>A client that trusts this certificate only, sends no cookie by itself and follows no redirect.</summary>
    public HttpClient Client(Uri baseAddress) => new(new HttpClientHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == Certificate.Thumbprint,
    })
    { BaseAddress = baseAddress };

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
