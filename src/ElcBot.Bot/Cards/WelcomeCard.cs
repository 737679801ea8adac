using System.Text.Json.Nodes;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The short hello the bot sends when it is added to a chat or team.</summary>
public static class WelcomeCard
{
    public const string Title = "Hello, I'm ElcBot";

    public static JsonObject Build(bool isPersonal) => Card(
        Heading(Title),
        Text(isPersonal
            ? "I help teams gather stories and ideas about how care could be better. Here, just between us, you can see and remove what you gave."
            : "I help everyone here gather stories and ideas about how care could be better."),
        Text(isPersonal
            ? "Everyone's voice counts the same here, whether you use services, care for someone, or work in care."
            : "Everyone's voice counts the same here, whether you use services, care for someone, or work in care. You can share without your name."),
        Text("Type **help** to see what I can do.", subtle: true));
}
