namespace ElcBot.Clustering.Text;

/// <summary>English function words that say nothing about a theme (the usual short list plus contractions).</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against all also am an and any are aren't as at be because been before being below
        between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
        either else etc ever every few for from further get gets got had hadn't has hasn't have haven't having he he'd
        he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is
        isn't it it's its itself just let's like made make many may me might more most much must mustn't my myself
        need needs no nor not now of off often on once one only or other others ought our ours ourselves out over own
        per quite rather really same shan't she she'd she'll she's should shouldn't since so some such than that that's
        the their theirs them themselves then there there's these they they'd they'll they're they've this those
        though through thus to too under until up upon us very via was wasn't we we'd we'll we're we've well were
        weren't what what's when when's where where's whether which while who who's whom whose why why's will with
        within without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
        nothing anything something everything thing things lot lots bit even still always never
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Whether a lower-case word is a stop word.</summary>
    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
