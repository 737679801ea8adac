using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ElcBot.Core.Privacy;

/// <summary>Seals how to reach a person (their Teams address) so that storage alone never links a contributor key to a Teams id.</summary>
/// <remarks>
/// AES-GCM with a key derived from the contributor key secret, which lives in configuration and never in storage. The
/// contributor key is the associated data, so a sealed address copied to another person's row does not open.
/// </remarks>
public sealed class AddressSealer
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("elcbot-contact-address-v1");

    private readonly Lazy<byte[]> _key;

    public AddressSealer(IOptions<PrivacyOptions> options) =>
        _key = new Lazy<byte[]>(() =>
        {
            var secret = options.Value.ContributorKeySecret;
            if (string.IsNullOrWhiteSpace(secret))
            {
                throw new InvalidOperationException("Privacy:ContributorKeySecret is not set.");
            }

            return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Purpose);
        });

    public string Seal(string address, string contributorKey)
    {
        var plain = Encoding.UTF8.GetBytes(address);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(contributorKey));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <returns>Null when the text was not sealed for this person with this secret (or was damaged).</returns>
    public string? Open(string sealedText, string contributorKey)
    {
        byte[] data;
        try
        {
            data = Convert.FromBase64String(sealedText);
        }
        catch (FormatException)
        {
            return null;
        }

        if (data.Length < NonceBytes + TagBytes)
        {
            return null;
        }

        var length = data.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(_key.Value, TagBytes);
            aes.Decrypt(data.AsSpan(0, NonceBytes), data.AsSpan(NonceBytes, length), data.AsSpan(NonceBytes + length), plain, Encoding.UTF8.GetBytes(contributorKey));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plain);
    }
}
