using System.Text.RegularExpressions;

namespace ElcBot.Core.Privacy;

/// <summary>What kind of personal data was hidden.</summary>
public enum MaskedKind
{
    NhsNumber,
    PhoneNumber,
    EmailAddress,
    Postcode,
}

/// <summary>The text with personal data hidden, and the kinds that were hidden (each once).</summary>
public sealed record MaskResult(string Text, IReadOnlyList<MaskedKind> Kinds)
{
    public bool Changed => Kinds.Count > 0;
}

/// <summary>Hides likely personal data before anything is saved: NHS numbers, UK phone numbers, e-mail addresses, UK postcodes.</summary>
public static partial class PersonalDataMasker
{
    public const string NhsNumberMask = "[NHS number hidden]";
    public const string PhoneNumberMask = "[phone number hidden]";
    public const string EmailAddressMask = "[email hidden]";
    public const string PostcodeMask = "[postcode hidden]";

    public static MaskResult Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = new List<MaskedKind>();
        // E-mail first, as addresses can hold digits; NHS numbers before phones, as both are runs of digits.
        text = Replace(Email(), text, EmailAddressMask, MaskedKind.EmailAddress, kinds, _ => true);
        text = Replace(NhsNumber(), text, NhsNumberMask, MaskedKind.NhsNumber, kinds, m => PassesModulus11(m.Value));
        text = Replace(Phone(), text, PhoneNumberMask, MaskedKind.PhoneNumber, kinds, _ => true);
        text = Replace(Postcode(), text, PostcodeMask, MaskedKind.Postcode, kinds, _ => true);
        return new MaskResult(text, kinds);
    }

    /// <summary>The NHS number check digit: weights 10 down to 2 on the first nine digits, 11 minus the remainder mod 11.</summary>
    public static bool PassesModulus11(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9];
    }

    private static string Replace(Regex pattern, string text, string mask, MaskedKind kind, List<MaskedKind> kinds, Func<Match, bool> accept) =>
        pattern.Replace(text, match =>
        {
            if (!accept(match))
            {
                return match.Value;
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }

            return mask;
        });

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Email();

    // Ten digits, written together or as 3-3-4 with spaces or dashes.
    [GeneratedRegex(@"(?<![\d+])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex NhsNumber();

    // 0 or +44 (optionally "(0)"), then a 1, 2, 3 or 7 and nine or ten more digits, with spaces, dashes or brackets between.
    [GeneratedRegex(@"(?<![\w+])\(?(?:\+44[ \-]?(?:\(0\)[ \-]?)?|0)[1237](?:[ \-)]{0,2}\d){8,9}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex Postcode();
}
