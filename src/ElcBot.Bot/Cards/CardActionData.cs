namespace ElcBot.Bot.Cards;

/// <summary>Names of the fields every card action carries in its data.</summary>
public static class CardActionData
{
    /// <summary>The action's name; read from data because Teams does not always send the verb.</summary>
    public const string ActionKey = "elcAction";
}
