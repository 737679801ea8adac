namespace ElcBot.Core.Rounds;

/// <summary>The stage of Experience Led Commissioning a round belongs to.</summary>
public enum ElcStage
{
    Discover,
    Dream,
    Design,
    Deliver,
}
