using ElcBot.Bot.Updates;
using ElcBot.Core.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ElcBot.Tests.Updates;

public sealed class UpdateOptionsTests
{
    [Theory]
    [InlineData(null, 3)]
    [InlineData("4", 4)]
    public void Should_read_how_long_a_press_waits_with_three_seconds_by_default(string? setting, int expected) =>
        Assert.Equal(expected, Options(setting).Value.AnswerWithinSeconds);

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    public void Should_refuse_a_wait_outside_one_to_thirty_seconds_with_a_clear_message(string setting)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Options(setting).Value);

        Assert.Contains("Updates__AnswerWithinSeconds must be a whole number of seconds from 1 to 30.", refused.Message);
    }

    private static IOptions<UpdateOptions> Options(string? setting)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : new Dictionary<string, string?> { ["Updates:AnswerWithinSeconds"] = setting })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddElcBotUpdates();
        return services.BuildServiceProvider().GetRequiredService<IOptions<UpdateOptions>>();
    }
}
