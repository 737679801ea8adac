using ElcBot.Core.Text;

namespace ElcBot.Bot.Cards;

/// <summary>People's words shortened to fit a card, the same way on every card (see <see cref="ShortenedText"/>).</summary>
public static class ShownWords
{
    /// <summary>How a quote from people's words is shown at most, so a card of several quotes stays short.</summary>
    public const int QuoteLength = 280;

    public const string CutMark = ShortenedText.CutMark;

    /// <inheritdoc cref="ShortenedText.Of"/>
    public static string Shorten(string text, int max) => ShortenedText.Of(text, max);
}
