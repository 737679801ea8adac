using ElcBot.Bot;
using ElcBot.Bot.FairUse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ElcBot.Tests.FairUse;

public sealed class FairUseOptionsTests
{
    [Fact]
    public void Should_allow_a_burst_of_20_then_3_a_second_when_nothing_is_set()
    {
        var options = Options([]).Value;

        Assert.Equal((20, 3d), (options.Burst, options.PerSecond));
    }

    [Theory]
    [InlineData("0", "Bot__FairUse__Burst must be a whole number of 1 or more")]
    [InlineData("-5", "Bot__FairUse__Burst must be a whole number of 1 or more")]
    public void Should_refuse_a_burst_that_would_let_nobody_send_when_it_is_below_one(string burst, string problem)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Bot:FairUse:Burst"] = burst }).Value);

        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Should_refuse_a_rate_that_never_refills_when_it_is_not_above_zero(string perSecond)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Bot:FairUse:PerSecond"] = perSecond }).Value);

        Assert.Contains("Bot__FairUse__PerSecond must be a number above 0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_accept_a_rate_below_one_a_second_when_it_is_a_decimal()
    {
        Assert.Equal(0.5, Options(new() { ["Bot:FairUse:PerSecond"] = "0.5" }).Value.PerSecond);
    }

    private static IOptions<FairUseOptions> Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddElcBot(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<FairUseOptions>>();
    }
}
