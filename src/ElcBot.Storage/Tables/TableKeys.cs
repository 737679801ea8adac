using System.Security.Cryptography;
using System.Text;

namespace ElcBot.Storage.Tables;

/// <summary>Turns any string into a legal PartitionKey or RowKey.</summary>
/// <remarks>
/// Table Storage forbids '/', '\', '#', '?' and control characters in keys and caps them at 1 KiB.
/// Forbidden characters (and '%', the escape itself) are percent-encoded so distinct inputs stay
/// distinct; keys that would still be too long keep a readable prefix plus a hash of the whole.
/// </remarks>
public static class TableKeys
{
    private const int MaxLength = 400;

    public static string Sanitise(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
            {
                builder.Append(c).Append(key[++i]);
            }
            else if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString(c > 0xFF ? "X4" : "X2"));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Length <= MaxLength ? builder.ToString() : Shorten(builder.ToString());
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c) || char.IsSurrogate(c);

    private static string Shorten(string escaped)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(escaped)));
        var prefix = escaped[..(MaxLength - hash.Length - 1)];
        // Never cut through an escape sequence or a surrogate pair.
        var cut = prefix.LastIndexOf('%');
        if (cut >= prefix.Length - 5)
        {
            prefix = prefix[..cut];
        }

        if (prefix.Length > 0 && char.IsHighSurrogate(prefix[^1]))
        {
            prefix = prefix[..^1];
        }

        return $"{prefix}~{hash}";
    }
}
